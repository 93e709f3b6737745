import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { guard, routes } from '@/app/router'
import { useSessionStore } from '@/app/stores/session'
import { allByTestId, byTestId, fakeServer, fill, harness, json, mountWith, problem, type RecordedCall } from '@/test/helpers'
import { resetReferenceCache } from '../composables/useReference'
import { aJobSummary, aSearchResult, aSummary, jobTypes, processes, regions, taxonomy } from '../fixtures'
import BoardHomePage from './BoardHomePage.vue'

const jobFacets = {
  kind: [{ value: 'JOB', label: '用工需求', count: 3 }],
  province: [{ value: '33', label: '浙江省', count: 3 }],
  city: [{ value: '3301', label: '杭州市', count: 2 }],
  term: [{ value: 'term-sew', label: '缝纫工', count: 2 }],
  attribute: [
    { value: 'wage:DAILY', label: '日薪', count: 3 },
    { value: 'housing:yes', label: '包住', count: 1 },
  ],
}

function server(options: { announcements?: 'missing' | 'some'; search?: (call: RecordedCall) => ReturnType<typeof json> } = {}) {
  return fakeServer((call) => {
    if (call.path === '/api/directory/regions') return json(200, regions)
    if (call.path === '/api/directory/taxonomy') return json(200, taxonomy)
    if (call.path === '/api/board/terms') return json(200, call.search.get('kind') === 'JOB_TYPE' ? jobTypes : processes)
    if (call.path === '/api/board/postings') return options.search ? options.search(call) : json(200, aSearchResult([aJobSummary()], jobFacets))
    if (call.path === '/api/board/recommendations') {
      return json(200, [
        { posting: aSummary(), reasonType: 'CATEGORY', reasonValue: 'cat-1', reasonLabel: '保温杯' },
        { posting: aJobSummary({ id: 'job-9' }), reasonType: 'NEWEST', reasonValue: null, reasonLabel: null },
      ])
    }
    if (call.path === '/api/board/announcements' && options.announcements === 'some') {
      return json(200, [{ id: 'a-1', title: '春节期间审核时间调整', body: '2 月 8 日至 2 月 17 日审核顺延', level: 'INFO', startsAt: '2026-11-20T02:00:00Z' }])
    }
    return undefined
  })
}

function select(id: string, value: string): void {
  const element = byTestId(id) as HTMLSelectElement
  element.value = value
  element.dispatchEvent(new Event('change', { bubbles: true }))
}

function searches(calls: RecordedCall[]): RecordedCall[] {
  return calls.filter((c) => c.path === '/api/board/postings')
}

// Several filter round trips per test: more than the default 10 s on a busy shared machine.
describe('BoardHomePage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetReferenceCache()
  })

  it('lets visitors browse: the board and a posting need no session, publishing does', async () => {
    fakeServer(() => problem(401, 'identity.unauthenticated', '请先登录'))
    await harness('/login')
    useSessionStore().ready = false
    const router = createRouter({ history: createMemoryHistory(), routes })
    router.beforeEach(guard)
    await router.push('/board/jobs?city=3301')
    expect(router.currentRoute.value.name).toBe('board-section')
    await router.push('/board/postings/post-1')
    expect(router.currentRoute.value.name).toBe('board-posting')
    await router.push('/board/publish')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('turns the job filters into query parameters: province, city, job type and 包住, each change from page one', async () => {
    const fake = server()
    const h = await harness('/board/jobs?page=2', null)
    await mountWith(BoardHomePage, h)
    const first = searches(fake.calls)[0]!
    expect(first.search.get('kind')).toBe('JOB')
    expect(first.search.get('sort')).toBe('NEWEST')
    expect(first.search.get('page')).toBe('1')
    expect(first.search.get('facets')).toBe('true')

    // facet counts beside the choices
    expect(byTestId('board-filter-province').textContent).toContain('浙江省 (3)')
    const termOptions = allByTestId('board-filter-term-option')
    expect(termOptions.map((o) => o.dataset.label)).toEqual(['缝纫工', '包装工'])
    expect(byTestId('board-filter-term').textContent).toContain('2')
    expect(allByTestId('board-filter-attribute-option').map((o) => o.dataset.value)).toEqual(['wage:DAILY', 'wage:HOURLY', 'wage:PIECE', 'meals:yes', 'housing:yes'])

    select('board-filter-province', '33')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.province).toEqual(['33']))
    await flushPromises()
    select('board-filter-city', '3301')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.city).toEqual(['3301']))
    await flushPromises()
    allByTestId('board-filter-term-option')[0]!.click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.term).toEqual(['term-sew']))
    await flushPromises()
    allByTestId('board-filter-attribute-option').find((o) => o.dataset.value === 'housing:yes')!.click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.attribute).toEqual(['housing:yes']))
    await flushPromises()

    const last = searches(fake.calls).at(-1)!
    expect(last.search.get('kind')).toBe('JOB')
    expect(last.search.getAll('province')).toEqual(['33'])
    expect(last.search.getAll('city')).toEqual(['3301'])
    expect(last.search.getAll('term')).toEqual(['term-sew'])
    expect(last.search.getAll('attribute')).toEqual(['housing:yes'])
    expect(last.search.get('page')).toBe('0')

    // the job shows its wage per day and headcount
    const card = byTestId('posting-card')
    expect(card.dataset.kind).toBe('JOB')
    expect(byTestId('posting-card-price').textContent).toContain('/ 天')
    expect(byTestId('posting-card-quantity').textContent).toContain('招 5 人')
  })

  it('searches a keyword, sorts by distance from a chosen city, and shows quantities readably', async () => {
    const fake = server({ search: () => json(200, aSearchResult([aSummary({ distanceKm: 3.44 })])) })
    const h = await harness('/board/procurement', null)
    await mountWith(BoardHomePage, h)
    await fill('board-search', '保温杯')
    byTestId('board-search-submit').click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.q).toBe('保温杯'))
    await flushPromises()
    expect(searches(fake.calls).at(-1)!.search.get('sort')).toBe('RELEVANCE')

    select('board-sort', 'DISTANCE')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.sort).toBe('distance'))
    await flushPromises()
    // no city yet: the list stays sorted by relevance and asks for one
    expect(byTestId('board-near-hint')).toBeTruthy()
    expect(searches(fake.calls).at(-1)!.search.get('sort')).toBe('RELEVANCE')
    select('board-near', '3301')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.near).toBe('3301'))
    await flushPromises()
    const last = searches(fake.calls).at(-1)!
    expect(last.search.get('sort')).toBe('DISTANCE')
    expect(last.search.get('near')).toBe('3301')
    expect(last.search.get('q')).toBe('保温杯')
    expect(byTestId('posting-card-quantity').textContent).toBe('3万 个')
    expect(byTestId('posting-card-price').textContent).toContain('¥12.50–¥15.00')
    expect(byTestId('posting-card-distance').textContent).toContain('3.4 公里')
  })

  it('shows recommendations with their reasons on the home page, and hides the announcements strip without the endpoint', async () => {
    server({ announcements: 'missing' })
    await mountWith(BoardHomePage, await harness('/board', null))
    await vi.waitFor(() => expect(allByTestId('posting-card-reason').length).toBe(2))
    expect(allByTestId('posting-card-reason').map((r) => r.textContent)).toEqual(['因为您浏览过 保温杯', '最新发布'])
    expect(document.querySelector('[data-testid="board-announcements"]')).toBeNull()
  })

  it('shows announcements when the server has them', async () => {
    server({ announcements: 'some' })
    await mountWith(BoardHomePage, await harness('/board', null))
    await vi.waitFor(() => expect(byTestId('board-announcements').textContent).toContain('春节期间审核时间调整'))
  })

  it('shows an empty state with a reset, and an error with retry', async () => {
    let fail = true
    server({ search: () => (fail ? problem(503, 'shared.unavailable', '搜索暂时不可用') : json(200, aSearchResult([]))) })
    const h = await harness('/board/inventory?q=不存在&attribute=sale:WHOLESALE', null)
    await mountWith(BoardHomePage, h)
    expect(document.body.textContent).toContain('搜索暂时不可用')
    fail = false
    ;(document.querySelector('.load-error button') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(byTestId('board-empty')).toBeTruthy())
    byTestId('board-reset').click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.fullPath).toBe('/board/inventory'))
  })
})
