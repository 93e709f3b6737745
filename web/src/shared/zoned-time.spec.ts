import { describe, expect, it } from 'vitest'
import { instantToWall, wallToInstant } from './zoned-time'

describe('wall-clock time in the user time zone', () => {
  it('turns what a Shanghai seller types into the instant, whatever zone the browser is in', () => {
    expect(wallToInstant('2026-11-11T20:00', 'Asia/Shanghai')).toBe('2026-11-11T12:00:00.000Z')
    expect(wallToInstant('2026-11-11T20:00', 'America/New_York')).toBe('2026-11-12T01:00:00.000Z')
  })

  it('shows an instant as the wall-clock time of the zone', () => {
    expect(instantToWall('2026-11-11T12:00:00Z', 'Asia/Shanghai')).toBe('2026-11-11T20:00')
    expect(instantToWall('2026-07-01T12:00:00Z', 'Europe/Berlin')).toBe('2026-07-01T14:00')
    expect(instantToWall(null, 'Asia/Shanghai')).toBe('')
  })

  it('round-trips across a daylight-saving change', () => {
    for (const wall of ['2026-03-29T01:30', '2026-03-29T03:30', '2026-10-25T04:00']) {
      expect(instantToWall(wallToInstant(wall, 'Europe/Berlin'), 'Europe/Berlin')).toBe(wall)
    }
  })

  it('answers nothing for what is not a time', () => {
    expect(wallToInstant('', 'Asia/Shanghai')).toBeUndefined()
    expect(wallToInstant('tomorrow', 'Asia/Shanghai')).toBeUndefined()
  })
})
