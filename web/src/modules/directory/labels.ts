import { countryByCode } from './countries'

/** Anything named in both languages (tags, groups, facet values use labelZh/labelEn). */
export interface Bilingual {
  nameZh?: string | null
  nameEn?: string | null
}

export function tagName(tag: Bilingual | null | undefined, locale: string): string {
  if (!tag) return ''
  const zh = tag.nameZh ?? ''
  const en = tag.nameEn ?? ''
  return locale.startsWith('zh') ? zh || en : en || zh
}

export function countryName(code: string, locale: string): string {
  const country = countryByCode(code)
  if (!country) return code
  return locale.startsWith('zh') ? country.nameZh : country.nameEn
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A list in running text: 、 between Chinese items, a comma in English. */
export function joinList(items: string[], locale: string): string {
  return items.join(locale.startsWith('zh') ? '、' : ', ')
}
