/**
 * The one i18n layer: typed message keys, Korean first. Views never hold user-visible literals; they
 * call `t(key, params)` (through `useT`). Pure, so layout code and tests can use it without React.
 *
 * @example
 *   translate('ko', 'produce.stored', { offset: 3 }); // '오프셋 3에 저장되었습니다'
 *   translateCount('en', 'count.records', 1);         // '1 record'
 */
import { en } from './en';
import { ko, type MessageKey } from './ko';

export type { MessageKey } from './ko';
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];
export const DEFAULT_LANG: Lang = 'ko';
/** Each language's name in itself, for the switch. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { ko: '한국어', en: 'English' };

const tables: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { ko, en };

export type Params = Readonly<Record<string, string | number>>;

/** Keys `P.one` / `P.other` pairs, chosen by the language's plural rules. */
export type PluralPrefix = {
  [K in MessageKey]: K extends `${infer P}.one` ? P : never;
}[MessageKey];

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = tables[lang][key];
  if (params === undefined) return template;
  // An unknown placeholder stays visible ({name}) rather than vanishing, so a typo shows in review.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

export function translateCount(lang: Lang, prefix: PluralPrefix, n: number, params?: Params): string {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return translate(lang, `${prefix}.${form}` as MessageKey, { ...params, n });
}
