import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { aMe, byTestId, click, fakeServer, fill, harness, json, mountWith, problem } from '@/test/helpers'
import { aStoreProduct, anOrder } from '../fixtures'
import StoreCheckoutPage from './StoreCheckoutPage.vue'

const buyer = aMe({ permissions: ['order:order:place'] })

async function fillAddress(): Promise<void> {
  await fill('checkout-recipient', '张三')
  await fill('checkout-phone', '13812341234')
  await fill('checkout-region', '上海市 浦东新区')
  await fill('checkout-detail', '世纪大道 100 号')
}

describe('StoreCheckoutPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('places an H5 order with an idempotency key and the price it showed, then opens the order', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/stores/store-1/products/prod-1') return json(200, aStoreProduct())
      if (call.path === '/api/order/orders' && call.method === 'POST') return json(201, anOrder())
      return undefined
    })
    const h = await harness('/s/store-1/checkout?product=prod-1&sku=sku-bl&qty=2', buyer)
    await mountWith(StoreCheckoutPage, h)
    expect(byTestId('checkout-total').textContent).toContain('258')
    expect((byTestId('checkout-submit') as HTMLButtonElement).disabled).toBe(true)
    await fillAddress()
    await click('checkout-submit')
    const placed = server.calls.find((c) => c.path === '/api/order/orders')!
    expect(placed.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(placed.body).toMatchObject({
      channel: 'H5',
      lines: [{ skuId: 'sku-bl', quantity: 2, expectedUnitPrice: 129 }],
      address: { recipient: '张三', phone: '13812341234' },
    })
    await flushPromises()
    expect(h.router.currentRoute.value.name).toBe('store-order')
    expect(h.router.currentRoute.value.params.orderId).toBe('order-1')
  })

  it('resends a submit that got no answer with the same key, and shows a refusal', async () => {
    let attempts = 0
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/stores/store-1/products/prod-1') return json(200, aStoreProduct())
      if (call.path === '/api/order/orders') {
        attempts += 1
        return attempts === 1 ? json(503, undefined) : problem(409, 'inventory.insufficient-stock', '库存不足。')
      }
      return undefined
    })
    await mountWith(StoreCheckoutPage, await harness('/s/store-1/checkout?product=prod-1&sku=sku-bl&qty=2', buyer))
    await fillAddress()
    await click('checkout-submit')
    await click('checkout-submit')
    const keys = server.calls.filter((c) => c.path === '/api/order/orders').map((c) => c.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    expect(byTestId('checkout-error').textContent).toContain('库存不足。')
  })
})
