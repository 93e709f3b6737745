import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatDateTime, formatMoney, formatRelative, zoneOffsetLabel } from './format'

describe('formatCount', () => {
  it('counts in 万 and 亿 for Chinese readers', () => {
    expect(formatCount(35_620_000, 'zh-CN')).toBe('3562万')
    expect(formatCount(356_200_000, 'zh-CN')).toBe('3.56亿')
    expect(formatCount(12_345, 'zh-CN')).toBe('1.23万')
    expect(formatCount(10_000, 'zh-CN')).toBe('1万')
    expect(formatCount(-25_000, 'zh-CN')).toBe('-2.5万')
  })

  it('keeps small numbers whole and rolls 9999.99万 over to 亿', () => {
    expect(formatCount(9_999, 'zh-CN')).toBe('9,999')
    expect(formatCount(99_999_999, 'zh-CN')).toBe('1亿')
  })

  it('uses the compact K / M / B form in English', () => {
    expect(formatCount(35_620_000, 'en-US')).toBe('35.62M')
    expect(formatCount(1_500, 'en-US')).toBe('1.5K')
  })
})

describe('dates in the user time zone', () => {
  const instant = '2024-03-05T23:30:00Z'

  it('shows the same instant as wall-clock time of the given IANA zone', () => {
    expect(formatDateTime(instant, 'Asia/Shanghai')).toBe('2024-03-06 07:30')
    expect(formatDateTime(instant, 'America/New_York')).toBe('2024-03-05 18:30')
    expect(formatDateTime(instant, 'Europe/London', { seconds: true })).toBe('2024-03-05 23:30:00')
  })

  it('follows daylight saving time', () => {
    expect(formatDateTime('2024-07-01T12:00:00Z', 'America/New_York')).toBe('2024-07-01 08:00')
    expect(formatDateTime('2024-01-01T12:00:00Z', 'America/New_York')).toBe('2024-01-01 07:00')
  })

  it('gives the calendar day of the zone, and nothing for no value', () => {
    expect(formatDate(instant, 'Asia/Shanghai')).toBe('2024-03-06')
    expect(formatDate(instant, 'America/Los_Angeles')).toBe('2024-03-05')
    expect(formatDateTime(null, 'Asia/Shanghai')).toBe('')
    expect(formatDateTime('not a date', 'Asia/Shanghai')).toBe('')
  })

  it('says how long ago in the UI language, and the date once it is old', () => {
    const now = new Date('2024-03-06T00:00:00Z')
    expect(formatRelative('2024-03-05T23:57:00Z', 'zh-CN', 'Asia/Shanghai', now)).toBe('3分钟前')
    expect(formatRelative('2024-03-05T23:57:00Z', 'en-US', 'Asia/Shanghai', now)).toBe('3 minutes ago')
    expect(formatRelative('2024-01-01T00:00:00Z', 'zh-CN', 'Asia/Shanghai', now)).toBe('2024-01-01 08:00')
  })

  it('labels zones with their offset', () => {
    expect(zoneOffsetLabel('Asia/Shanghai')).toBe('GMT+8')
  })
})

describe('formatMoney', () => {
  it('writes the amount with its currency', () => {
    expect(formatMoney('1234.5', 'CNY', 'zh-CN')).toBe('¥1,234.50')
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50')
    expect(formatMoney('abc', 'USD', 'en-US')).toBe('')
  })
})
