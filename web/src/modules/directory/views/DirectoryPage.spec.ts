import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { guard, routes } from '@/app/router'
import { useSessionStore } from '@/app/stores/session'
import { allByTestId, byTestId, fakeServer, harness, json, mountWith, problem } from '@/test/helpers'
import { regions } from '../fixtures'
import DirectoryPage from './DirectoryPage.vue'

const hit = {
  id: 'fac-1',
  name: '深圳市恒温保温杯制造有限公司',
  nameEn: null,
  status: 'LISTED',
  verified: true,
  province: { code: '44', name: '广东省' },
  city: { code: '4403', name: '深圳市' },
  industry: { id: 'ind-1', code: 'daily-goods', nameZh: '日用百货制造', nameEn: 'Daily goods', retired: false },
  categories: [{ id: 'cat-1', code: 'x', nameZh: '保温杯', nameEn: 'Vacuum flasks', retired: false }],
  attributes: [],
  exportCountries: [{ code: 'US', nameZh: '美国', nameEn: 'United States', region: 'NA', regionZh: '北美', regionEn: 'North America' }],
  certifications: ['BSCI'],
  inquiryCount: 3,
  listedAt: '2026-11-20T02:00:00Z',
  distanceKm: null,
}
const facets = {
  province: [
    { value: '44', labelZh: '广东省', labelEn: 'Guangdong', count: 12, selected: false },
    { value: '33', labelZh: '浙江省', labelEn: 'Zhejiang', count: 4, selected: false },
  ],
  exportCountry: [{ value: 'US', labelZh: 'US', labelEn: 'US', count: 7, selected: false }],
  verified: [{ value: 'true', labelZh: 'true', labelEn: 'true', count: 9, selected: false }],
}

describe('DirectoryPage', () => {
  it('lets visitors in: the guard passes /directory and the factory page without a session', async () => {
    fakeServer(() => problem(401, 'identity.unauthenticated', '请先登录'))
    await harness('/login')
    useSessionStore().ready = false
    const router = createRouter({ history: createMemoryHistory(), routes })
    router.beforeEach(guard)
    await router.push('/directory?q=保温杯')
    expect(router.currentRoute.value.name).toBe('directory')
    await router.push('/directory/factories/fac-1')
    expect(router.currentRoute.value.name).toBe('directory-factory')
    await router.push('/directory/my-factory')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('searches from the address, shows hits and facet counts, and ticks a facet into the address', async () => {
    const server = fakeServer((call) => (call.path === '/api/directory/factories' ? json(200, { items: [hit], page: 0, size: 20, total: 1, facets }) : undefined))
    const h = await harness('/directory?q=保温杯', null)
    await mountWith(DirectoryPage, h)
    const first = server.calls.find((c) => c.path === '/api/directory/factories')!
    expect(first.search.get('q')).toBe('保温杯')
    expect(first.search.get('sort')).toBe('relevance')

    const rows = allByTestId('directory-result')
    expect(rows.map((r) => r.tagName)).toEqual(['ARTICLE'])
    expect(rows[0]!.dataset.factoryId).toBe('fac-1')
    expect(byTestId('directory-result-link').getAttribute('href')).toBe('/directory/factories/fac-1')
    expect(rows[0]!.textContent).toContain('美国')
    expect(byTestId('directory-search')).toBeInstanceOf(HTMLInputElement)
    expect(byTestId('directory-sort')).toBeInstanceOf(HTMLSelectElement)

    const options = allByTestId('directory-facet-province-option')
    expect(options.map((o) => o.dataset.value)).toEqual(['44', '33'])
    expect(options[0]).toBeInstanceOf(HTMLInputElement)
    expect(byTestId('directory-facet-province').textContent).toContain('广东省')
    expect(byTestId('directory-facet-province').textContent).toContain('12')
    expect(byTestId('directory-facet-exportCountry').textContent).toContain('美国')
    expect(byTestId('directory-facet-verified').textContent).toContain('已认证')

    options[0]!.click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.province).toEqual(['44']))
    await flushPromises()
    const last = server.calls.filter((c) => c.path === '/api/directory/factories').at(-1)!
    expect(last.search.getAll('province')).toEqual(['44'])
    expect(last.search.get('q')).toBe('保温杯')
    expect(last.search.get('page')).toBe('0')
  })

  it('sorts by distance from a city the user picks, or a municipality', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/regions') return json(200, regions)
      if (call.path === '/api/directory/factories') return json(200, { items: [{ ...hit, distanceKm: 12.3 }], page: 0, size: 20, total: 1, facets })
      return undefined
    })
    const h = await harness('/directory?q=保温杯', null)
    await mountWith(DirectoryPage, h)
    expect(allByTestId('directory-near')).toHaveLength(0)
    const searches = () => server.calls.filter((c) => c.path === '/api/directory/factories')
    const before = searches().length

    const choose = async (id: string, value: string) => {
      const select = byTestId(id) as HTMLSelectElement
      select.value = value
      select.dispatchEvent(new Event('change'))
      await flushPromises()
    }
    await choose('directory-sort', 'distance')
    // No place yet: the picker opens, nothing is searched, no position is asked for.
    expect(byTestId('directory-near')).toBeTruthy()
    expect(searches()).toHaveLength(before)
    expect(h.router.currentRoute.value.query.sort).toBeUndefined()
    expect((byTestId('directory-near-city') as HTMLSelectElement).disabled).toBe(true)

    await choose('directory-near-province', '44')
    expect([...(byTestId('directory-near-city') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', '4403'])
    await choose('directory-near-city', '4403')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query).toMatchObject({ q: '保温杯', sort: 'distance', near: '4403' }))
    await flushPromises()
    const last = searches().at(-1)!
    expect(last.search.get('near')).toBe('4403')
    expect(last.search.get('sort')).toBe('distance')
    expect(last.search.has('lat')).toBe(false)
    expect(byTestId('directory-near-current').textContent).toContain('从深圳市算起')
    expect(byTestId('directory-result').textContent).toContain('约 12.3 公里')

    // A municipality is a place of its own: no city to pick.
    await choose('directory-near-province', '11')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.near).toBe('11'))
    expect(allByTestId('directory-near-city')).toHaveLength(0)

    // Another sort puts the picker away and drops the place from the address.
    await choose('directory-sort', 'newest')
    await vi.waitFor(() => expect(h.router.currentRoute.value.query).toEqual({ q: '保温杯', sort: 'newest' }))
    expect(allByTestId('directory-near')).toHaveLength(0)
  })

  it('measures from the one city ticked when distance is chosen', async () => {
    fakeServer((call) => {
      if (call.path === '/api/directory/regions') return json(200, regions)
      if (call.path === '/api/directory/factories') return json(200, { items: [hit], page: 0, size: 20, total: 1, facets })
      return undefined
    })
    const h = await harness('/directory?city=4403', null)
    await mountWith(DirectoryPage, h)
    const sort = byTestId('directory-sort') as HTMLSelectElement
    sort.value = 'distance'
    sort.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(h.router.currentRoute.value.query).toMatchObject({ city: ['4403'], sort: 'distance', near: '4403' }))
  })

  it('shows an empty state and an error with retry', async () => {
    let fail = true
    fakeServer((call) => {
      if (call.path !== '/api/directory/factories') return undefined
      return fail ? problem(503, 'shared.unavailable', '搜索暂时不可用') : json(200, { items: [], page: 0, size: 20, total: 0, facets: {} })
    })
    await mountWith(DirectoryPage, await harness('/directory?q=不存在', null))
    expect(document.body.textContent).toContain('搜索暂时不可用')
    fail = false
    ;(document.querySelector('.load-error button') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(byTestId('directory-empty')).toBeTruthy())
  })
})
