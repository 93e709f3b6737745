import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { aReference, aSearch } from '../fixtures'
import { resetReferenceCache } from '../useReference'
import HotProductsPage from './HotProductsPage.vue'

describe('HotProductsPage', () => {
  beforeEach(() => resetReferenceCache())

  it('ranks products with the hot flag and its reason, and filters by industry', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/intel/reference') return json(200, aReference())
      if (call.path === '/api/hot-products') return json(200, { industry: null, region: null, period: aSearch().period, products: aSearch().hotProducts })
      return undefined
    })
    const h = await harness('/intel/hot-products', aMe({ permissions: ['intel:market:read'] }))
    await mountWith(HotProductsPage, h)
    const [first] = allByTestId('hot-product')
    expect(first!.dataset.hot).toBe('true')
    expect(first!.textContent).toContain('卫衣')
    expect(first!.textContent).toContain('播放量第一')
    expect(first!.textContent).toContain('35.6万')

    const select = document.querySelector<HTMLSelectElement>('[data-testid="hot-industry"]')!
    select.value = 'textiles-apparel'
    select.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === '/api/hot-products').at(-1)!.search.get('industry')).toBe('textiles-apparel'))
    expect(h.router.currentRoute.value.query.industry).toBe('textiles-apparel')
  })
})
