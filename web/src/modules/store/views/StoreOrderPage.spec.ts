import { beforeEach, describe, expect, it } from 'vitest'
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
