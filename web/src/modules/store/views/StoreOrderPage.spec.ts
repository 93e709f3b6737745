import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, byTestId, click, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { anOrder } from '../fixtures'
import StoreOrderPage from './StoreOrderPage.vue'

describe('StoreOrderPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows the masked address and pays in the sandbox', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/order/orders/order-1' && call.method === 'GET') return json(200, anOrder())
      if (call.path === '/api/order/orders/order-1/pay') {
        return json(200, anOrder({ status: 'TO_SHIP', paymentReference: 'sandbox_1', paidAt: '2026-11-22T12:01:00Z' }))
      }
      return undefined
    })
    await mountWith(StoreOrderPage, await harness('/s/store-1/orders/order-1', aMe({ permissions: ['order:order:place'] })))
    expect(byTestId('store-order-phone').textContent).toBe('138****1234')
    expect(byTestId('store-order-status').textContent).toBe('待支付')
    await click('store-pay-submit')
    expect(server.calls.find((c) => c.path === '/api/order/orders/order-1/pay')!.body).toEqual({ sandboxOutcome: 'SUCCEED' })
    expect(byTestId('store-order-status').textContent).toBe('支付成功')
    expect(byTestId('store-order').dataset.status).toBe('TO_SHIP')
    expect(document.querySelector('[data-testid="store-pay"]')).toBeNull()
  })
})

describe('StoreOrderPage with virtual goods', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows the delivered codes once they arrive', async () => {
    const line = { skuId: 'sku-code', productName: '会员激活码', attributes: {}, quantity: 1, unitPrice: 19.9, priceSource: 'BASE', lineTotal: 19.9, virtual: true }
    let reads = 0
    fakeServer((call) => {
      if (call.path === '/api/order/orders/order-1') {
        reads += 1
        const deliveries = reads > 1 ? [{ line: 0, unit: 0, productName: '会员激活码', kind: 'ACTIVATION_CODE', credential: 'VIP-0001', deliveredAt: '2026-11-22T12:01:01Z' }] : []
        return json(200, anOrder({ status: 'TO_SHIP', lines: [line] as never, deliveries: deliveries as never }))
      }
      return undefined
    })
    vi.useFakeTimers()
    try {
      await mountWith(StoreOrderPage, await harness('/s/store-1/orders/order-1', aMe({ permissions: ['order:order:place'] })))
      expect(byTestId('store-delivery-pending')).toBeTruthy()
      await vi.advanceTimersByTimeAsync(1100)
      await flushPromises()
      expect(byTestId('store-delivery-credential').textContent).toBe('VIP-0001')
      expect(document.querySelector('[data-testid="store-delivery-pending"]')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
