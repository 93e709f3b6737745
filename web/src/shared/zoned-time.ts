import { formatDateTime } from './format'

/**
 * Wall-clock time in the user's IANA time zone (`2026-11-11T20:00`, the value of a `datetime-local` input) and the
 * instant it names. The browser's own zone plays no part: a seller in Shanghai on a laptop set to UTC still types
 * Shanghai time, because Me.timeZone says so.
 */

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** The wall-clock time an instant shows in the zone, as `YYYY-MM-DDTHH:mm`; empty for no value. */
export function instantToWall(value: string | null | undefined, timeZone: string): string {
  if (!value) return ''
  const text = formatDateTime(value, timeZone)
  return text ? text.replace(' ', 'T') : ''
}

function wallMillis(wall: string): number | undefined {
  const match = WALL.exec(wall)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s] = match
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0))
}

/**
 * The instant (ISO-8601, UTC) at which clocks in the zone show `wall`; undefined when `wall` is not a time. In the
 * hour skipped by a daylight-saving change the later offset wins, as java.time does.
 */
export function wallToInstant(wall: string | null | undefined, timeZone: string): string | undefined {
  if (!wall) return undefined
  const target = wallMillis(wall)
  if (target === undefined) return undefined
  // Guess with the zone's offset at the target, then correct once for an offset change in between.
  let guess = target
  for (let i = 0; i < 3; i++) {
    const shown = wallMillis(formatDateTime(guess, timeZone, { seconds: true }).replace(' ', 'T'))
    if (shown === undefined) return undefined
    const diff = target - shown
    if (diff === 0) break
    guess += diff
  }
  return new Date(guess).toISOString()
}
