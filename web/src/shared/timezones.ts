import { isValidTimeZone, zoneOffsetLabel } from './format'

/** Zones our users work in: China first, then the markets they export to. */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Singapore',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Kuala_Lumpur',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Asia/Riyadh',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Warsaw',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
] as const

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

/** Options labelled in the UI language, e.g. "中国标准时间 · Asia/Shanghai (GMT+8)"; `current` is kept if uncommon. */
export function timeZoneOptions(locale: string, current?: string): { value: string; label: string }[] {
  const zones: string[] = [...COMMON_TIME_ZONES]
  if (current && !zones.includes(current) && isValidTimeZone(current)) zones.unshift(current)
  return zones.map((zone) => ({ value: zone, label: `${zoneName(zone, locale)} · ${zone} (${zoneOffsetLabel(zone)})` }))
}

function zoneName(zone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')
    return part?.value ?? zone
  } catch {
    return zone
  }
}
