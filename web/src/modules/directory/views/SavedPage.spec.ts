import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import SavedPage from './SavedPage.vue'

describe('SavedPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lists saved factories and sent inquiries, and unsaves one', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/favourites') {
        return json(200, [{ factoryId: 'fac-1', name: '恒温保温杯厂', status: 'LISTED', verified: true, savedAt: '2026-11-20T02:00:00Z' }])
      }
      if (call.path === '/api/directory/inquiries') {
        return json(200, {
          items: [{ id: 'inq-1', factoryId: 'fac-1', factoryName: '恒温保温杯厂', buyerOrganizationId: 'org-2', buyerName: null, productId: null, productName: '保温杯', quantity: 500, unit: '只', message: 'm', status: 'READ', createdAt: '2026-11-21T02:00:00Z' }],
          page: 0,
          size: 10,
          total: 1,
        })
      }
      if (call.path === '/api/directory/factories/fac-1/favourite') return { status: 204 }
      return undefined
    })
    await mountWith(SavedPage, await harness('/directory/saved', aMe({ permissions: ['directory:favourite:manage', 'directory:inquiry:send'] })))
    expect(allByTestId('favourite-row').map((r) => r.dataset.factoryId)).toEqual(['fac-1'])
    expect(allByTestId('sent-inquiry-row')[0]!.textContent).toContain('工厂已读')
    ;(allByTestId('favourite-remove')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('favourite-row')).toHaveLength(0))
    expect(server.calls.find((c) => c.path === '/api/directory/factories/fac-1/favourite')!.method).toBe('DELETE')
  })
})
