import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { byTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { aStoreProduct } from '../fixtures'
import StoreProductPage from './StoreProductPage.vue'

function chip(attribute: string, value: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(
    `[data-testid="store-attribute"][data-name="${attribute}"] [data-testid="store-attribute-value"][data-value="${value}"]`,
  )
  if (!found) throw new Error(`no chip ${attribute}=${value}`)
  return found
}

async function choose(attribute: string, value: string): Promise<void> {
  chip(attribute, value).click()
  await flushPromises()
}

describe('StoreProductPage', () => {
  it('shows the H5 price of the chosen SKU and goes to checkout with it', async () => {
    fakeServer((call) => (call.path === '/api/catalog/stores/store-1/products/prod-1' ? json(200, aStoreProduct()) : undefined))
    const h = await harness('/s/store-1/products/prod-1')
    await mountWith(StoreProductPage, h)
    expect(byTestId('store-product-name').textContent).toBe('联名卫衣')
    expect((byTestId('store-buy') as HTMLButtonElement).disabled).toBe(true)

    await choose('颜色', '黑')
    await choose('尺码', 'L')
    expect(byTestId('store-sku-price').textContent).toContain('129')
    expect(byTestId('store-sku-price').dataset.source).toBe('CHANNEL')
    expect(byTestId('store-available').textContent).toContain('2')

    await choose('尺码', 'M')
    expect(byTestId('store-sku-price').textContent).toContain('99')
    expect(byTestId('store-activity').textContent).toContain('直播专享')

    byTestId('store-buy').click()
    await flushPromises()
    await h.router.isReady()
    expect(h.router.currentRoute.value.name).toBe('store-checkout')
    expect(h.router.currentRoute.value.query).toMatchObject({ product: 'prod-1', sku: 'sku-bm', qty: '1' })
  })

  it('does not offer a sold-out combination', async () => {
    fakeServer((call) => (call.path === '/api/catalog/stores/store-1/products/prod-1' ? json(200, aStoreProduct()) : undefined))
    await mountWith(StoreProductPage, await harness('/s/store-1/products/prod-1'))
    await choose('颜色', '白')
    expect(chip('尺码', 'L').disabled).toBe(true)
    expect(chip('尺码', 'M').disabled).toBe(false)
  })

  it('says so when the product is not on sale', async () => {
    fakeServer(() => ({
      status: 404,
      body: { status: 404, code: 'catalog.product-not-found', detail: '商品不存在。', title: 'Not Found' },
      headers: { 'Content-Type': 'application/problem+json' },
    }))
    await mountWith(StoreProductPage, await harness('/s/store-1/products/prod-1'))
    expect(document.body.textContent).toContain('商品不存在。')
  })
})
