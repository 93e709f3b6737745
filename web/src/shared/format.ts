/**
 * Formatting for people: times in the user's IANA time zone (from Me.timeZone), numbers the way Chinese
 * readers count (万 / 亿), money with its currency. Pure functions; components use them through useFormat().
 */

type DateInput = string | number | Date | null | undefined

function toDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

const partFormatters = new Map<string, Intl.DateTimeFormat>()

function partsIn(date: Date, timeZone: string): Record<string, string> {
  let formatter = partFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    partFormatters.set(timeZone, formatter)
  }
  const parts: Record<string, string> = {}
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value
  return parts
}

/** `2024-03-05 14:07` in the given zone (unambiguous in both languages). Empty for no value. */
export function formatDateTime(value: DateInput, timeZone: string, options: { seconds?: boolean } = {}): string {
  const date = toDate(value)
  if (!date) return ''
  const p = partsIn(date, timeZone)
  const time = options.seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`
  return `${p.year}-${p.month}-${p.day} ${time}`
}

/** `2024-03-05`: the calendar day in the given zone. */
export function formatDate(value: DateInput, timeZone: string): string {
  const date = toDate(value)
  if (!date) return ''
  const p = partsIn(date, timeZone)
  return `${p.year}-${p.month}-${p.day}`
}

/** "3 分钟前" / "3 minutes ago"; falls back to the date once it is more than a week old. */
export function formatRelative(value: DateInput, locale: string, timeZone: string, now: Date = new Date()): string {
  const date = toDate(value)
  if (!date) return ''
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000)
  const abs = Math.abs(seconds)
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (abs < 45) return rtf.format(0, 'second')
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute')
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour')
  if (abs < 7 * 86400) return rtf.format(Math.round(seconds / 86400), 'day')
  return formatDateTime(date, timeZone)
}

/** Offset like `GMT+8` for a zone, used to label time-zone choices. */
export function zoneOffsetLabel(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')
    return part?.value ?? timeZone
  } catch {
    return timeZone
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

function plain(value: number, locale: string, maximumFractionDigits: number, useGrouping = true): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping }).format(value)
}

/**
 * Large counts: zh-CN uses 万 (10⁴) and 亿 (10⁸) with up to two decimals (35620000 → 3562万,
 * 356200000 → 3.56亿); other locales use the compact K / M / B form.
 */
export function formatCount(value: number, locale: string): string {
  if (!Number.isFinite(value)) return ''
  if (locale.startsWith('zh')) {
    const abs = Math.abs(value)
    const sign = value < 0 ? '-' : ''
    if (abs < 1e4) return plain(value, locale, 2)
    const inWan = Number((abs / 1e4).toFixed(2))
    if (abs < 1e8 && inWan < 1e4) return `${sign}${plain(inWan, locale, 2, false)}万`
    return `${sign}${plain(Number((abs / 1e8).toFixed(2)), locale, 2, abs >= 1e12)}亿`
  }
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value)
}

/** Money with its ISO currency (amounts come from the backend as decimal strings or numbers). */
export function formatMoney(amount: number | string, currency: string, locale: string): string {
  const value = typeof amount === 'string' ? Number(amount) : amount
  if (!Number.isFinite(value)) return ''
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol' }).format(value)
}
