import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aComplaint } from '../fixtures'
import ComplaintsPage from './ComplaintsPage.vue'

const operator = aMe({ permissions: ['board:complaint:resolve'] })

describe('ComplaintsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows the evidence and takes the posting down with a resolution', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/complaints') {
        return json(200, call.search.get('status') === 'OPEN' ? [aComplaint(), aComplaint({ id: 'cmp-2', targetType: 'MESSAGE', postingId: null as unknown as string })] : [])
      }
      if (call.path === '/api/board/admin/complaints/cmp-1/resolve') return json(200, aComplaint({ status: 'RESOLVED', action: 'TAKE_DOWN' }))
      return undefined
    })
    await mountWith(ComplaintsPage, await harness('/admin/board/complaints', operator))
    const cards = allByTestId('complaint')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.querySelector('[data-testid="complaint-evidence"]')!.textContent).toContain('先付全款')
    expect(cards[0]!.textContent).toContain('诈骗')
    expect(cards[0]!.querySelector('[data-testid="complaint-reported"]')!.textContent).toContain('东莞某五金厂')
    // a chat message cannot be taken down, only upheld or dismissed
    expect(cards[1]!.querySelector('[data-testid="complaint-take-down"]')).toBeNull()

    ;(cards[0]!.querySelector('[data-testid="complaint-take-down"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(byTestId('complaint-resolution-error').textContent).toContain('请填写处理说明'))
    expect(server.calls.some((c) => c.path.endsWith('/resolve'))).toBe(false)

    await fill('complaint-resolution', '核实为虚假库存，已下架')
    ;(cards[0]!.querySelector('[data-testid="complaint-take-down"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('complaint')).toHaveLength(1))
    expect(server.calls.find((c) => c.path === '/api/board/admin/complaints/cmp-1/resolve')!.body).toEqual({
      upheld: true,
      resolution: '核实为虚假库存，已下架',
      action: 'TAKE_DOWN',
    })
  })

  it('dismisses, and lists decided complaints with their outcome', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/complaints') {
        if (call.search.get('status') === 'DISMISSED') return json(200, [aComplaint({ id: 'cmp-9', status: 'DISMISSED', resolution: '证据不足', resolvedAt: '2026-11-21T02:00:00Z' })])
        return json(200, [aComplaint()])
      }
      if (call.path === '/api/board/admin/complaints/cmp-1/resolve') return json(200, aComplaint({ status: 'DISMISSED' }))
      return undefined
    })
    await mountWith(ComplaintsPage, await harness('/admin/board/complaints', operator))
    await fill('complaint-resolution', '双方已协商')
    await click('complaint-dismiss')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/board/admin/complaints/cmp-1/resolve')).toBe(true))
    expect(server.calls.find((c) => c.path.endsWith('/resolve'))!.body).toEqual({ upheld: false, resolution: '双方已协商', action: 'NONE' })

    ;(byTestId('complaint-status-DISMISSED').querySelector('input') as HTMLInputElement).click()
    await vi.waitFor(() => expect(byTestId('complaint-decided').textContent).toContain('证据不足'))
    expect(byTestId('complaint-decided').textContent).toContain('投诉不成立')
  })
})
