import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { aReport } from '../fixtures'
import WeeklyReportPage from './WeeklyReportPage.vue'
import SharedReportPage from './SharedReportPage.vue'

const reader = aMe({ permissions: ['intel:market:read'] })
const curator = aMe({ permissions: ['intel:data:curate'] })

describe('WeeklyReportPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('reads a stored week with its poster, PDF and a share link to the public page', async () => {
    const token = 'A'.repeat(20) + 'b'.repeat(23)
    const server = fakeServer((call) => {
      if (call.path === '/api/weekly-report') return json(200, aReport())
      if (call.path === '/api/intel/weekly-reports/rep-1/share-link')
        return json(201, { reportId: 'rep-1', week: '2026-W47', token, path: `/r/${token}`, url: `https://rs.example/r/${token}`, created: true })
      return undefined
    })
    await mountWith(WeeklyReportPage, await harness('/intel/weekly-report?week=2026-W47', reader))
    expect(server.calls[0]!.search.get('week')).toBe('2026-W47')
    expect(byTestId('report-version').textContent).toContain('第 2 版')
    expect(byTestId('report-headlines').textContent).toContain('356.2万')
    expect(allByTestId('report-industry')[0]!.textContent).toContain('356.2万')
    // emerging accounts say whether they are new or growing fast, and why
    const emerging = allByTestId('report-emerging')
    expect(emerging[0]!.dataset.kind).toBe('NEW')
    expect(emerging[0]!.textContent).toContain('新账号：首条视频发布于 2026-11-18')
    expect(byTestId('report-pdf').getAttribute('href')).toBe('/api/intel/weekly-reports/rep-1/report.pdf')
    expect(allByTestId('report-generate')).toHaveLength(0)

    await click('report-poster')
    expect(byTestId('poster-image').getAttribute('src')).toBe('/api/intel/weekly-reports/rep-1/poster.png')

    await click('report-share')
    await vi.waitFor(() => expect((byTestId('report-share-url') as HTMLInputElement).value).toBe(`${window.location.origin}/r/${token}`))
    expect(server.calls.find((c) => c.path.endsWith('/share-link'))!.method).toBe('POST')
  })

  it('offers no poster or share link before a week is stored; a curator generates it', async () => {
    let stored = false
    const server = fakeServer((call) => {
      if (call.path === '/api/weekly-report') return json(200, aReport({ id: null as unknown as string, version: null as unknown as number }))
      if (call.path === '/api/intel/weekly-reports' && call.method === 'POST') {
        stored = true
        return json(201, aReport({ version: 1 }))
      }
      return undefined
    })
    await mountWith(WeeklyReportPage, await harness('/intel/weekly-report', curator))
    expect(allByTestId('report-poster')).toHaveLength(0)
    expect(document.body.textContent).toContain('还没有生成')

    await click('report-generate')
    await vi.waitFor(() => expect(stored).toBe(true))
    expect(server.calls.find((c) => c.method === 'POST')!.search.get('week')).toBe('2026-W47')
    await vi.waitFor(() => expect(byTestId('report-version').textContent).toContain('第 1 版'))
    expect(byTestId('report-poster')).toBeTruthy()
  })
})

describe('SharedReportPage', () => {
  it('opens a shared report without an account, with its poster and PDF', async () => {
    const token = 'x'.repeat(43)
    fakeServer((call) => (call.path === `/api/intel/shared-reports/${token}` ? json(200, aReport()) : undefined))
    await mountWith(SharedReportPage, await harness(`/r/${token}`, null))
    expect(byTestId('page-title').textContent).toContain('2026-W47')
    expect(byTestId('report-products').textContent).toContain('卫衣')
    expect(byTestId('shared-pdf').getAttribute('href')).toBe(`/api/intel/shared-reports/${token}/report.pdf`)
    await click('shared-poster')
    expect(byTestId('poster-image').getAttribute('src')).toBe(`/api/intel/shared-reports/${token}/poster.png`)
  })

  it('says so when the link is unknown', async () => {
    fakeServer(() => undefined)
    await mountWith(SharedReportPage, await harness('/r/nope', null))
    expect(byTestId('shared-not-found')).toBeTruthy()
  })
})
