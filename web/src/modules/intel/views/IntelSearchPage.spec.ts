import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem } from '@/test/helpers'
import { aReference, aSearch, aTrend } from '../fixtures'
import { resetReferenceCache } from '../useReference'
import IntelSearchPage from './IntelSearchPage.vue'

// ECharts needs a canvas; the page's charts are checked through the data they are given.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-testid': 'chart', 'data-option': JSON.stringify(props.option) }),
  }),
}))

const reader = aMe({ permissions: ['intel:market:read'] })

function server(search = aSearch()) {
  return fakeServer((call) => {
    if (call.path === '/api/intel/reference') return json(200, aReference())
    if (call.path === '/api/search/industry') return json(200, search)
    if (call.path === '/api/intel/trends') return json(200, aTrend())
    return undefined
  })
}

describe('IntelSearchPage', () => {
  beforeEach(() => {
    resetReferenceCache()
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('starts with industry chips and region tabs; a chip opens that industry', async () => {
    const fake = server()
    const h = await harness('/intel', reader)
    await mountWith(IntelSearchPage, h)
    expect(allByTestId('intel-industry-chip').map((c) => c.textContent?.trim())).toEqual(['纺织服装', '家居日用'])
    expect(allByTestId('intel-region-tab').map((t) => t.dataset.code)).toEqual(['', 'north-america', 'europe'])
    expect(fake.calls.some((c) => c.path === '/api/search/industry')).toBe(false)

    await click('intel-industry-chip')
    await vi.waitFor(() => expect(h.router.currentRoute.value.fullPath).toBe('/intel/search?industry=textiles-apparel&period=30d'))
  })

  it('searches a keyword and shows the figures in 万, the region and country ranking and the trend', async () => {
    const fake = server()
    const h = await harness('/intel', reader)
    await mountWith(IntelSearchPage, h)
    await fill('intel-keyword', '纺织')
    await click('intel-search-submit')
    await vi.waitFor(() => expect(byTestId('intel-result-title').textContent).toContain('纺织服装'))

    const search = fake.calls.find((c) => c.path === '/api/search/industry')!
    expect(search.body).toMatchObject({ keyword: '纺织', period: '30d' })
    // the keyword resolved to an industry, which the address keeps
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.industry).toBe('textiles-apparel'))
    // the directory takes seed 000's industry codes: its factories are one click away
    expect(byTestId('intel-directory-link').getAttribute('href')).toBe('/directory?industry=textiles-apparel')
    expect(byTestId('intel-figures').textContent).toContain('356.2万')
    expect(byTestId('intel-figures').textContent).toContain('+25%')
    const regions = allByTestId('intel-region-row')
    expect(regions.map((r) => r.dataset.code)).toEqual(['north-america', 'europe'])
    expect(regions[0]!.textContent).toContain('356.2万')
    expect(regions[1]!.textContent).toContain('−10%')
    expect(allByTestId('intel-country-row').map((r) => r.dataset.code)).toEqual(['US', 'DE'])
    const trend = JSON.parse(allByTestId('chart')[1]!.dataset.option!) as { series: { data: number[] }[] }
    expect(trend.series[0]!.data).toEqual([1000, 2000])
    expect(trend.series[1]!.data).toEqual([800, 900])
    expect(byTestId('intel-account-factory').getAttribute('href')).toBe('/directory/factories/fac-1')
  })

  it('narrows to a region from its tab and makes the poster of that slice', async () => {
    const fake = server(aSearch({ region: 'north-america' }))
    const h = await harness('/intel/search?industry=textiles-apparel&period=30d', reader)
    await mountWith(IntelSearchPage, h)
    await vi.waitFor(() => byTestId('intel-result-title'))
    allByTestId('intel-region-tab').find((t) => t.dataset.code === 'north-america')!.click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.region).toBe('north-america'))
    await vi.waitFor(() => expect(fake.calls.filter((c) => c.path === '/api/search/industry').at(-1)!.body).toMatchObject({ region: 'north-america' }))

    await click('intel-poster')
    const image = byTestId('poster-image') as HTMLImageElement
    expect(image.getAttribute('src')).toBe('/api/intel/posters/industry.png?industry=textiles-apparel&region=north-america&period=30d')
    expect(byTestId('poster-dialog').dataset.state).toBe('loading')
    image.dispatchEvent(new Event('load'))
    await vi.waitFor(() => expect(byTestId('poster-dialog').dataset.state).toBe('ready'))
    expect(byTestId('poster-download').getAttribute('download')).toBe('textiles-apparel-north-america-30d.png')
  })

  it('shows the server’s reason when the search is refused', async () => {
    fakeServer((call) => {
      if (call.path === '/api/intel/reference') return json(200, aReference())
      if (call.path === '/api/search/industry') return problem(400, 'intel.keyword-unmatched', '没有找到与“火箭”对应的行业或产品')
      return json(200, aTrend())
    })
    await mountWith(IntelSearchPage, await harness('/intel/search?keyword=火箭', reader))
    await vi.waitFor(() => expect(document.body.textContent).toContain('没有找到与“火箭”对应的行业或产品'))
  })
})
