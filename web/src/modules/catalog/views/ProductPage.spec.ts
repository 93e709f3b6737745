import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, json, mountRoute, problem, type RecordedCall } from '@/test/helpers'
import { aProduct } from '../fixtures'
import ProductPage from './ProductPage.vue'

const seller = aMe({
  activeOrganization: { id: 'store-1', name: '小鹿美妆工作室', type: 'CREATOR', role: 'OWNER' },
  permissions: ['catalog:product:read', 'catalog:product:write', 'catalog:product:publish', 'inventory:stock:read'],
})

async function number(testId: string, value: string, nth = 0): Promise<void> {
  const input = allByTestId(testId)[nth]?.querySelector('input')
  if (!input) throw new Error(`no number input ${testId}[${nth}]`)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
}

function inputValues(testId: string): string[] {
  return allByTestId(testId).map((e) => e.querySelector('input')!.value)
}

describe('ProductPage prices', { timeout: 30_000 }, () => {
  it('shows the saved prices of every SKU on every channel, with activity prices and their window in the user zone', async () => {
    fakeServer((call) => (call.path === '/api/catalog/products/prod-1' ? json(200, aProduct()) : undefined))
    await mountRoute('/catalog/products/prod-1', ProductPage, seller)
    expect(byTestId('page-title').textContent).toBe('联名卫衣')
    expect(byTestId('product-status').dataset.status).toBe('DRAFT')
    expect(inputValues('price-TAOBAO')).toEqual(['139.00', '', '', ''])
    expect(inputValues('price-MINI_PROGRAM')).toEqual(['', '', '', ''])
    expect(inputValues('price-floor')).toEqual(['99.00', '99.00', '99.00', '99.00'])
    expect(inputValues('price-activity')).toEqual(['119.00', '', '', ''])
    const head = byTestId('price-grid').querySelector('thead')!.textContent!
    expect(head).toContain('双11直播')
    expect(head).toContain('2026-11-11 20:00 – 2026-11-11 22:00')
    expect(byTestId('product-stock').textContent).toContain('黑 / M')
    expect(allByTestId('sku-stock-link')[0]!.getAttribute('href')).toBe('/inventory/skus/sku-bm')
  })

  it('saves only the SKUs that changed, each with all its prices', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/products/prod-1') return json(200, aProduct())
      if (call.method === 'PUT' && call.path === '/api/catalog/skus/sku-wl/prices') return json(200, aProduct())
      return undefined
    })
    document.cookie = 'XSRF-TOKEN=t'
    await mountRoute('/catalog/products/prod-1', ProductPage, seller)
    expect((byTestId('prices-save') as HTMLButtonElement).disabled).toBe(true)

    await number('price-XIAOHONGSHU', '159', 3)
    expect(allByTestId('grid-changed')).toHaveLength(1)
    expect(byTestId('prices-save').textContent).toContain('保存改动（1）')
    expect((byTestId('product-publish') as HTMLButtonElement).disabled).toBe(true)

    await click('prices-save')
    const puts = server.calls.filter((c: RecordedCall) => c.method === 'PUT')
    expect(puts.map((c) => c.path)).toEqual(['/api/catalog/skus/sku-wl/prices'])
    expect(puts[0]!.body).toEqual({ msrp: 199, cost: 60, floorPrice: 99, price: 149, channelPrices: { XIAOHONGSHU: 159 }, activityPrices: [] })
    expect(allByTestId('grid-changed')).toHaveLength(0)
  })

  it('keeps a refused SKU marked with the server figures and saves the others', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/products/prod-1') return json(200, aProduct())
      if (call.method === 'PUT' && call.path === '/api/catalog/skus/sku-bm/prices') {
        return problem(400, 'catalog.price-below-floor', 'Price 95.00 is below the floor price 100.00', {
          errors: [{ field: 'channelPrices.TAOBAO', code: 'catalog.price-below-floor', message: 'Price 95.00 is below the floor price 100.00' }],
          violations: [{ field: 'channelPrices.TAOBAO', price: 95, floorPrice: 100, margin: 35, marginPercent: 36.8 }],
        })
      }
      if (call.method === 'PUT') return json(200, aProduct())
      return undefined
    })
    document.cookie = 'XSRF-TOKEN=t'
    await mountRoute('/catalog/products/prod-1', ProductPage, seller)
    await number('price-TAOBAO', '129', 0)
    await number('price-H5', '139', 1)
    await click('prices-save')

    expect(server.calls.filter((c) => c.method === 'PUT').map((c) => c.path)).toEqual(['/api/catalog/skus/sku-bm/prices', '/api/catalog/skus/sku-bl/prices'])
    const warning = byTestId('floor-warning')
    expect(warning.dataset.cell).toBe('channel:TAOBAO')
    expect(warning.closest('[data-testid="grid-row"]')!.getAttribute('data-sku-id')).toBe('sku-bm')
    expect(warning.textContent).toContain('低于最低售价 ¥100.00，此价毛利 ¥35.00（36.8%）')
    expect(allByTestId('grid-changed')).toHaveLength(1)
    expect(document.body.textContent).toContain('1 个 SKU 已保存，1 个被拒绝')
  })

  it('publishes a draft', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/products/prod-1') return json(200, aProduct())
      if (call.path === '/api/catalog/products/prod-1/publish') return json(200, aProduct({ status: 'PUBLISHED' }))
      return undefined
    })
    document.cookie = 'XSRF-TOKEN=t'
    await mountRoute('/catalog/products/prod-1', ProductPage, seller)
    await click('product-publish')
    expect(server.calls.some((c) => c.method === 'POST' && c.path === '/api/catalog/products/prod-1/publish')).toBe(true)
    expect(byTestId('product-status').dataset.status).toBe('PUBLISHED')
    expect(allByTestId('product-publish')).toHaveLength(0)
  })

  it('imports activation codes into a SKU pool, each new code a unit of stock', async () => {
    let imported = false
    const codeProduct = () =>
      aProduct({
        kind: 'VIRTUAL',
        virtualType: 'ACTIVATION_CODE',
        skus: aProduct().skus.slice(0, 1).map((s) => ({ ...s, physical: imported ? 2 : 0, reserved: 0, available: imported ? 2 : 0 })),
      })
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/products/prod-1') return json(200, codeProduct())
      if (call.path === '/api/catalog/skus/sku-bm/activation-codes' && call.method === 'GET') {
        return json(200, { skuId: 'sku-bm', total: imported ? 2 : 0, unused: imported ? 2 : 0, delivered: 0 })
      }
      if (call.path === '/api/catalog/skus/sku-bm/activation-codes') {
        imported = true
        return json(200, { received: 2, imported: 2, duplicates: 0, unused: 2 })
      }
      return undefined
    })
    document.cookie = 'XSRF-TOKEN=t'
    await mountRoute('/catalog/products/prod-1', ProductPage, seller)
    await click('sku-codes')
    expect(byTestId('code-pool').textContent).toContain('未使用 0 个，已发放 0 个')
    await fill('code-input', 'VIP-0001\n VIP-0002\nVIP-0001\n\n')
    expect(document.body.textContent).toContain('2 个激活码')
    await click('code-submit')
    expect(server.calls.find((c) => c.method === 'POST')!.body).toEqual({ codes: ['VIP-0001', 'VIP-0002'] })
    expect(byTestId('code-result').textContent).toContain('新增 2 个激活码')
    expect(byTestId('code-pool').textContent).toContain('未使用 2 个')
    const physical = byTestId('product-stock').querySelectorAll('tbody tr td')[2]!
    expect(physical.textContent).toBe('2')
  })

  it('says why a product cannot be shown', async () => {
    fakeServer(() => problem(404, 'catalog.product-not-found', '商品不存在。'))
    await mountRoute('/catalog/products/prod-1', ProductPage, seller)
    expect(document.body.textContent).toContain('商品不存在。')
  })
})
