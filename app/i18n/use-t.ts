/** The views' door to the i18n layer: `t` and `tn` bound to the current language from the store. */
import { useCallback } from 'react';
import { useAppStore } from '../bridge/context';
import { selectLang } from '../store/selectors';
import {
  type Lang,
  type MessageKey,
  type Params,
  type PluralPrefix,
  translate,
  translateCount,
} from './i18n';

export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: Params): string;
  tn(prefix: PluralPrefix, n: number, params?: Params): string;
}

export function useT(): Translator {
  const lang = useAppStore(selectLang);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const tn = useCallback(
    (prefix: PluralPrefix, n: number, params?: Params) => translateCount(lang, prefix, n, params),
    [lang],
  );
  return { lang, t, tn };
}
