import { formatCount, formatDate, formatMoney } from '@/shared/format'
import type { PostingKind, PostingSummary } from './api'

/** Anything named in both languages (categories, job types, processes). */
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

/** A list in running text: 、 between Chinese items, a comma in English. */
export function joinList(items: string[], locale: string): string {
  return items.filter(Boolean).join(locale.startsWith('zh') ? '、' : ', ')
}

function toNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const n = typeof value === 'string' ? Number(value) : value
  return Number.isFinite(n) ? n : undefined
}

/**
 * A quantity people read at a glance: 30000 个 → "3万 个" in Chinese, "30K 个" in English; below ten thousand the
 * number is grouped (5,000 件).
 */
export function formatQuantity(value: number | string | null | undefined, unit: string | null | undefined, locale: string): string {
  const n = toNumber(value)
  if (n === undefined) return ''
  const count = formatCount(n, locale)
  return unit ? `${count} ${unit}` : count
}

export interface PriceLike {
  min?: number | string | null
  max?: number | string | null
  currency?: string | null
}

/** A price or a range in its currency: ¥12.50–¥15.00, from ¥12.50 ("起"), up to ¥15.00. Empty without a currency. */
export function formatPriceRange(price: PriceLike | null | undefined, locale: string, fromWord: string, upToWord: string): string {
  if (!price?.currency) return ''
  const min = toNumber(price.min)
  const max = toNumber(price.max)
  const money = (n: number) => formatMoney(n, price.currency!, locale)
  if (min !== undefined && max !== undefined) return min === max ? money(min) : `${money(min)}–${money(max)}`
  if (min !== undefined) return `${money(min)} ${fromWord}`.trim()
  if (max !== undefined) return `${upToWord} ${money(max)}`.trim()
  return ''
}

/** The last day a posting shows: its end is the start of the next day in the board's zone, so step back a second. */
export function lastDay(validUntil: string | null | undefined, timeZone: string): string {
  if (!validUntil) return ''
  const at = Date.parse(validUntil)
  if (Number.isNaN(at)) return ''
  return formatDate(new Date(at - 1000), timeZone)
}

/** 广东省 深圳市 (a municipality's city repeats the province and is dropped). */
export function placeName(summary: Pick<PostingSummary, 'province' | 'city'>): string {
  const province = summary.province?.name ?? ''
  const city = summary.city?.name ?? ''
  if (!city || city === province) return province
  return [province, city].filter(Boolean).join(' ')
}

/** Country names from the browser's own data (ISO 3166 alpha-2), e.g. US → 美国 / United States. */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return ''
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The route section for a kind and back: /board/procurement … */
export const SECTIONS = ['procurement', 'inventory', 'jobs', 'oem-demands', 'oem-services'] as const
export type Section = (typeof SECTIONS)[number]

export const SECTION_KIND: Record<Section, PostingKind> = {
  procurement: 'PROCUREMENT',
  inventory: 'INVENTORY',
  jobs: 'JOB',
  'oem-demands': 'OEM_DEMAND',
  'oem-services': 'OEM_SERVICE',
}

export function sectionOf(kind: PostingKind): Section {
  return (Object.keys(SECTION_KIND) as Section[]).find((s) => SECTION_KIND[s] === kind)!
}

export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value)
}
