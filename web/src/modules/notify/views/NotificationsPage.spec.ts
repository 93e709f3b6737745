import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, harness, json, mountWith } from '@/test/helpers'
import NotificationsPage from './NotificationsPage.vue'

const me = aMe({ permissions: ['notify:notification:read'] })
const items = [
  { id: 'n1', category: 'identity.welcome', title: '欢迎加入', body: '开始完善你的工厂资料', link: '/profile', createdAt: '2024-05-01T00:00:00Z', readAt: null },
  { id: 'n2', category: 'system', title: '系统维护', body: '周六凌晨维护', link: null, createdAt: '2024-04-01T00:00:00Z', readAt: '2024-04-02T00:00:00Z' },
]

describe('NotificationsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lists notifications with unread ones marked', async () => {
    fakeServer((call) => {
      if (call.path === '/api/notify/notifications') return json(200, { items, page: 0, size: 20, total: 2 })
      if (call.path === '/api/notify/notifications/unread-count') return json(200, { count: 1 })
      return undefined
    })
    await mountWith(NotificationsPage, await harness('/notifications', me))
    expect(byTestId('notification-list').tagName).toBe('UL')
    const rows = allByTestId('notification-item')
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => r.dataset.unread)).toEqual(['true', 'false'])
    expect(rows[0]!.classList.contains('notification--unread')).toBe(true)
    expect(rows[0]!.textContent).toContain('欢迎加入')
    expect(byTestId('mark-all-read')).toBeInstanceOf(HTMLButtonElement)
  })

  it('marks a notification read on click and follows its link', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/notify/notifications') return json(200, { items: structuredClone(items), page: 0, size: 20, total: 2 })
      if (call.path === '/api/notify/notifications/unread-count') return json(200, { count: 1 })
      if (call.path === '/api/notify/notifications/n1/read') return { status: 204 }
      return undefined
    })
    const h = await harness('/notifications', me)
    await mountWith(NotificationsPage, h)
    allByTestId('notification-item')[0]!.click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.path).toBe('/profile'))
    expect(server.calls.some((c) => c.method === 'POST' && c.path === '/api/notify/notifications/n1/read')).toBe(true)
  })

  it('marks all read and reloads', async () => {
    let unread = true
    const server = fakeServer((call) => {
      if (call.path === '/api/notify/notifications/read-all') {
        unread = false
        return { status: 204 }
      }
      if (call.path === '/api/notify/notifications')
        return json(200, { items: items.map((n) => ({ ...n, readAt: unread ? n.readAt : '2024-05-02T00:00:00Z' })), page: 0, size: 20, total: 2 })
      if (call.path === '/api/notify/notifications/unread-count') return json(200, { count: unread ? 1 : 0 })
      return undefined
    })
    await mountWith(NotificationsPage, await harness('/notifications', me))
    await click('mark-all-read')
    await vi.waitFor(() => expect(allByTestId('notification-item').map((r) => r.dataset.unread)).toEqual(['false', 'false']))
    expect(server.calls.filter((c) => c.path === '/api/notify/notifications/read-all')).toHaveLength(1)
  })

  it('shows an empty state', async () => {
    fakeServer((call) =>
      call.path === '/api/notify/notifications' ? json(200, { items: [], page: 0, size: 20, total: 0 }) : json(200, { count: 0 }),
    )
    await mountWith(NotificationsPage, await harness('/notifications', me))
    expect(byTestId('notification-empty').textContent).toContain('暂无通知')
    expect(allByTestId('notification-item')).toHaveLength(0)
  })
})
