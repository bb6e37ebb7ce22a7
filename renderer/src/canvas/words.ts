import type { TFunction } from 'i18next';

/**
 * The words every node shows (its kind, its level, "12 ledamöter"), looked up once per
 * language: a thousand nodes asking i18next six times each took some 200 ms to draw.
 */
const wordCache = new Map<string, string>();
export function word(t: TFunction, lang: string, key: string, count?: number): string {
  const id = `${lang}|${key}|${count ?? ''}`;
  let w = wordCache.get(id);
  if (w === undefined) {
    w = count === undefined ? t(key) : t(key, { count });
    wordCache.set(id, w);
  }
  return w;
}

/**
 * A sentence with values, as i18next would write it (`{{name}}` filled in), from its
 * template looked up once per language: interpolating a thousand node labels took tens
 * of milliseconds of a first draw.
 */
export function sentence(t: TFunction, lang: string, key: string, values: Record<string, string | number>): string {
  const names = Object.keys(values);
  const id = `${lang}|${key}|template|${names.join(',')}`;
  let template = wordCache.get(id);
  if (template === undefined) {
    template = t(key, Object.fromEntries(names.map((n) => [n, `\uE000${n}\uE000`])));
    wordCache.set(id, template);
  }
  return template.replace(/\uE000(\w+)\uE000/g, (_, n: string) => String(values[n]));
}
