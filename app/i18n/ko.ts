/**
 * Korean: the first language and the source of the message keys (en.ts must have every key). Each
 * area of the UI keeps its messages in `messages/<area>.ts`. Placeholders are `{name}`. Kafka's config
 * names (`segment.bytes`) and abbreviations (LEO, HW, ISR) stay as they are in both languages, as in
 * Kafka's docs and the study notes.
 */

import { chartsKo } from './messages/charts';
import { clientsKo } from './messages/clients';
import { clusterKo } from './messages/cluster';
import { configKo } from './messages/config';
import { coreKo } from './messages/core';
import { insightKo } from './messages/insight';
import { logKo } from './messages/log';

export const ko = {
  ...coreKo,
  ...clusterKo,
  ...logKo,
  ...clientsKo,
  ...insightKo,
  ...chartsKo,
  ...configKo,
};

export type MessageKey = keyof typeof ko;
