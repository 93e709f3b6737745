import { useI18n } from 'vue-i18n'
import { useFormat } from '@/app/composables/useFormat'
import type { PostingSummary } from '../api'
import { countryName, formatPriceRange, formatQuantity, lastDay, tagName, type Bilingual, type PriceLike } from '../labels'

const KNOWN_ATTRIBUTES = new Set([
  'wage:HOURLY',
  'wage:DAILY',
  'wage:PIECE',
  'housing:yes',
  'meals:yes',
  'sale:WHOLESALE',
  'sale:CONSIGNMENT',
  'quote:PER_PIECE',
  'quote:PER_HOUR',
  'quote:PER_MOULD',
  'quote:PER_BATCH',
  'quote:BY_DRAWING',
  'samples:yes',
])

/** The board's words and numbers in the UI language and the user's time zone. */
export function useBoardLabels() {
  const { t, locale } = useI18n()
  const format = useFormat()

  function price(value: PriceLike | null | undefined): string {
    return formatPriceRange(value, locale.value, t('board.price.from'), t('board.price.upTo'))
  }

  /** "¥260–¥320 / 天", "¥12.50–¥15.00 / 个", "预算 ¥50,000". */
  function summaryPrice(summary: Pick<PostingSummary, 'kind' | 'price'>): string {
    const p = summary.price
    const text = price(p)
    if (!text) return ''
    if (summary.kind === 'JOB' && p?.per) return t('board.price.per', { name: text, count: t(`board.wagePer.${p.per}`) })
    if (summary.kind === 'OEM_DEMAND') return t('board.price.budget', { name: text })
    return p?.per ? t('board.price.per', { name: text, count: p.per }) : text
  }

  function attribute(value: string): string {
    if (KNOWN_ATTRIBUTES.has(value)) return t(`board.attribute.${value.replace(':', '.')}`)
    const [key, rest = ''] = value.split(':')
    if (key === 'dest') return t('board.attribute.dest', { name: countryName(rest, locale.value) })
    if (key === 'cert') return t('board.attribute.cert', { name: rest })
    return value
  }

  return {
    t,
    locale,
    format,
    price,
    summaryPrice,
    attribute,
    quantity: (value: number | string | null | undefined, unit: string | null | undefined) => formatQuantity(value, unit, locale.value),
    tag: (value: Bilingual | null | undefined) => tagName(value, locale.value),
    country: (code: string | null | undefined) => countryName(code, locale.value),
    lastDay: (validUntil: string | null | undefined) => lastDay(validUntil, format.timeZone.value),
    kind: (kind: string) => t(`board.kind.${kind}`),
    status: (status: string) => t(`board.status.${status}`),
  }
}
