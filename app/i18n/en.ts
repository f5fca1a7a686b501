/** English, the second language. Typed against ko.ts so a missing key fails the type check. */
import type { MessageKey } from './ko';
import { chartsEn } from './messages/charts';
import { clientsEn } from './messages/clients';
import { clusterEn } from './messages/cluster';
import { configEn } from './messages/config';
import { coreEn } from './messages/core';
import { insightEn } from './messages/insight';
import { logEn } from './messages/log';

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...clusterEn,
  ...logEn,
  ...clientsEn,
  ...insightEn,
  ...chartsEn,
  ...configEn,
};
