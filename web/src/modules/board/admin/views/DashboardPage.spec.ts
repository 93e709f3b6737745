import { flushPromises } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, harness, json, mountWith, problem } from '@/test/helpers'
import { aStats } from '../fixtures'
import DashboardPage from './DashboardPage.vue'

// ECharts needs a canvas; the charts are checked through the data they are given.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-testid': 'chart', 'data-option': JSON.stringify(props.option) }),
  }),
}))

const operator = aMe({ permissions: ['board:stats:read'] })
type Option = { xAxis?: { data: string[] }; series: { name?: string; data: (number | { name: string; value: number })[] }[] }
const option = (key: string) => JSON.parse(byTestId(`stats-chart-${key}`).querySelector<HTMLElement>('[data-testid="chart"]')!.dataset.option!) as Option

describe('DashboardPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
    // jsdom has no object URLs
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:xlsx'), configurable: true, writable: true })
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true })
  })

  it('draws the figures per period: cards, series per type and kind, the funnel with its rates', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/stats') {
        const week = call.search.get('granularity') === 'week'
        return json(200, { ...aStats(week ? 'week' : 'day'), periods: week ? [{ ...aStats().periods[0]!, start: '2026-11-30', end: '2026-12-06' }] : aStats().periods })
      }
      return undefined
    })
    await mountWith(DashboardPage, await harness('/admin/board/dashboard', operator))
    expect(server.calls[0]!.search.get('granularity')).toBe('day')
    expect(server.calls[0]!.search.has('from')).toBe(false)
    const cards = Object.fromEntries(allByTestId('stats-card').map((c) => [c.dataset.key, c.textContent]))
    expect(cards.newOrganizations).toContain('12')
    expect(cards.postings).toContain('9')
    expect(cards.approvals).toContain('6')
    expect(cards.matches).toContain('7')
    expect(byTestId('stats-range-label').textContent).toContain('2026-11-30 至 2026-12-01')

    const users = option('users')
    expect(users.xAxis!.data).toEqual(['11-30', '12-01'])
    expect(users.series.map((s) => s.name)).toEqual(['工厂', '外贸公司', '品牌/卖家', '达人', '临时工人'])
    expect(users.series[0]!.data).toEqual([2, 2])
    expect(option('review').series.map((s) => s.data)).toEqual([
      [2, 4],
      [2, 2],
    ])
    expect(option('oem').series.map((s) => s.name)).toEqual(['代加工需求', '代加工服务', '代加工联系', '代加工成交'])
    const funnel = option('funnel').series[0]!.data as { name: string; value: number }[]
    expect(funnel.map((d) => d.value)).toEqual([10, 4, 1])
    expect(allByTestId('stats-funnel-rate').map((r) => r.textContent)).toEqual(['有人联系：4（40.0%）', '达成合作：1（10.0%）'])
  })

  it('switches to weeks', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/stats') {
        const week = call.search.get('granularity') === 'week'
        return json(200, { ...aStats(week ? 'week' : 'day'), periods: week ? [{ ...aStats().periods[0]!, start: '2026-11-30', end: '2026-12-06' }] : aStats().periods })
      }
      return undefined
    })
    await mountWith(DashboardPage, await harness('/admin/board/dashboard', operator))
    ;(byTestId('stats-granularity-week').querySelector('input') as HTMLInputElement).click()
    await vi.waitFor(() => expect(option('users').xAxis!.data).toEqual(['W49 (11-30)']))
    expect(server.calls.at(-1)!.search.get('granularity')).toBe('week')
  })

  it('downloads the workbook and the postings export, counting the bytes', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/stats') return json(200, aStats())
      if (call.path === '/api/board/admin/stats.xlsx') return { status: 200, body: 'x'.repeat(2048), headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }
      if (call.path === '/api/board/admin/postings.xlsx') return problem(400, 'board.export-range-invalid', '导出范围不正确：开始日期不能晚于结束日期。')
      return undefined
    })
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await mountWith(DashboardPage, await harness('/admin/board/dashboard', operator))
    await click('stats-download')
    await vi.waitFor(() => expect(byTestId('stats-download-done').textContent).toContain('2 KB'))
    const request = server.calls.find((c) => c.path === '/api/board/admin/stats.xlsx')!
    expect(request.search.get('granularity')).toBe('day')
    expect(request.headers.get('Accept-Language')).toBe('zh-CN')
    expect(clicked).toHaveBeenCalledTimes(1)
    expect(clicked.mock.contexts[0]).toMatchObject({ download: 'board-stats-day-2026-11-30-2026-12-01.xlsx' })

    const kind = byTestId('export-kind') as HTMLSelectElement
    kind.value = 'JOB'
    kind.dispatchEvent(new Event('change'))
    await flushPromises()
    await click('export-download')
    await vi.waitFor(() => expect(byTestId('export-error').textContent).toContain('导出范围不正确'))
    expect(server.calls.find((c) => c.path === '/api/board/admin/postings.xlsx')!.search.get('kind')).toBe('JOB')
  })
})
