import { describe, expect, it } from 'vitest'
import { formatValue } from './content-rows'
import { isoWeek, periodLabel } from './dashboard'
import { formatBytes } from './useDownload'

const names = { terms: { 'p-1': '注塑', 'p-2': '冲压' }, places: {}, categories: {} }
const t = (key: string, named?: Record<string, unknown>) => `${key}${named ? JSON.stringify(named) : ''}`

describe('board dashboard helpers', () => {
  it('number ISO weeks from the week holding the first Thursday', () => {
    expect(isoWeek('2026-01-01')).toBe(1)
    expect(isoWeek('2025-12-29')).toBe(1)
    expect(isoWeek('2027-01-01')).toBe(53)
    expect(isoWeek('2026-11-30')).toBe(49)
    expect(periodLabel('week', '2026-11-30')).toBe('W49 (11-30)')
    expect(periodLabel('month', '2026-11-01')).toBe('2026-11')
    expect(periodLabel('day', '2026-11-30')).toBe('11-30')
  })

  it('write content values as a reviewer reads them', () => {
    expect(formatValue('processIds', ['p-1', 'p-2', 'p-9'], names, t)).toBe('注塑、冲压、p-9')
    expect(formatValue('budget', { min: 2, max: 3, currency: 'CNY' }, names, t)).toBe('2–3 CNY')
    expect(formatValue('budget', { min: 2, max: null, currency: 'CNY' }, names, t)).toBe('2 CNY')
    expect(formatValue('equipment', [{ type: '注塑机', count: 12, spec: '280T' }], names, t)).toBe('注塑机 ×12 280T')
    expect(formatValue('housingProvided', true, names, t)).toBe('boardAdmin.values.yes')
    expect(formatValue('drawingFileIds', ['f1', 'f2'], names, t)).toBe('boardAdmin.values.files{"count":2}')
    expect(formatValue('material', null, names, t)).toBe('—')
  })

  it('show download sizes', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
  })
})
