import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@/app/stores/session'
import { aMe, byTestId, click, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { LOCALE_STORAGE_KEY } from '@/shared/locale'
import AppLayout from './AppLayout.vue'

const admin = aMe({
  permissions: ['notify:notification:read', 'identity:member:read', 'identity:user:read-all', 'identity:audit:read'],
})

describe('AppLayout', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
    localStorage.clear()
  })
  afterEach(() => {
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('puts the header test ids on native buttons, links and selects', async () => {
    fakeServer((call) => (call.path === '/api/notify/notifications/unread-count' ? json(200, { count: 3 }) : undefined))
    await mountWith(AppLayout, await harness('/', admin))
    expect(byTestId('menu-toggle')).toBeInstanceOf(HTMLButtonElement)
    expect(byTestId('lang-switch')).toBeInstanceOf(HTMLButtonElement)
    expect(byTestId('org-switch')).toBeInstanceOf(HTMLSelectElement)
    expect(byTestId('nav-notifications')).toBeInstanceOf(HTMLAnchorElement)
    expect(byTestId('nav-notifications').getAttribute('href')).toBe('/notifications')
    expect(byTestId('notify-unread-count').textContent).toBe('3')
    expect(byTestId('user-menu')).toBeInstanceOf(HTMLButtonElement)
    expect(byTestId('app-menu').tagName).toBe('NAV')
  })

  it('shows only the menu entries the permissions allow', async () => {
    fakeServer(() => json(200, { count: 0 }))
    await mountWith(AppLayout, await harness('/', admin))
    const menu = byTestId('app-menu')
    expect(menu.querySelector('[data-testid="menu-admin-users"]')).not.toBeNull()
    expect(menu.querySelector('[data-testid="menu-admin-audit-log"]')).not.toBeNull()
    expect(menu.querySelector('[data-testid="menu-admin-organizations"]')).toBeNull()
    expect(menu.textContent).toContain('用户管理')
  })

  it('hides admin entries and the bell from a user without those permissions', async () => {
    const server = fakeServer(() => json(200, { count: 0 }))
    await mountWith(AppLayout, await harness('/', aMe({ permissions: [] })))
    expect(document.querySelector('[data-testid="menu-admin-users"]')).toBeNull()
    expect(document.querySelector('[data-testid="nav-notifications"]')).toBeNull()
    expect(server.calls.filter((c) => c.path.startsWith('/api/notify'))).toHaveLength(0)
  })

  it('polls the unread count every 60 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let count = 1
    const server = fakeServer(() => json(200, { count }))
    await mountWith(AppLayout, await harness('/', admin))
    expect(byTestId('notify-unread-count').textContent).toBe('1')
    count = 7
    vi.advanceTimersByTime(59_000)
    await flushPromises()
    expect(byTestId('notify-unread-count').textContent).toBe('1')
    vi.advanceTimersByTime(1_000)
    await flushPromises()
    expect(byTestId('notify-unread-count').textContent).toBe('7')
    expect(server.calls.filter((c) => c.path === '/api/notify/notifications/unread-count')).toHaveLength(2)
  })

  it('switches the active organisation through the select and reloads Me', async () => {
    const switched = aMe({ ...admin, activeOrganization: admin.organizations[1]! })
    const server = fakeServer((call) =>
      call.path === '/api/identity/me/active-organization' ? json(200, switched) : json(200, { count: 0 }),
    )
    await mountWith(AppLayout, await harness('/', admin))
    const select = byTestId('org-switch') as HTMLSelectElement
    expect(select.value).toBe('org-1')
    select.value = 'org-2'
    select.dispatchEvent(new Event('change'))
    await flushPromises()
    expect(server.calls.find((c) => c.method === 'PUT')?.body).toEqual({ organizationId: 'org-2' })
    expect(useSessionStore().activeOrganization?.id).toBe('org-2')
    expect(select.value).toBe('org-2')
  })

  it('toggles the language, remembers it, sets <html lang> and saves it to the account', async () => {
    const server = fakeServer((call) =>
      call.method === 'PATCH' ? json(200, { ...admin, locale: 'en-US' }) : json(200, { count: 0 }),
    )
    await mountWith(AppLayout, await harness('/', admin))
    expect(byTestId('lang-switch').textContent).toContain('English')
    await click('lang-switch')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US')
    expect(document.documentElement.lang).toBe('en-US')
    expect(server.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en-US' })
    expect(byTestId('lang-switch').textContent).toContain('中文')
    expect(byTestId('app-menu').textContent).toContain('Home')
    await click('lang-switch')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN')
  })

  it('logs out from the user menu', async () => {
    const server = fakeServer((call) => (call.path === '/api/identity/logout' ? { status: 204 } : json(200, { count: 0 })))
    const h = await harness('/', admin)
    await mountWith(AppLayout, h)
    await click('user-menu')
    await vi.waitFor(() => expect(byTestId('logout').tagName).toBe('LI'))
    await click('logout')
    await vi.waitFor(() => expect(h.router.currentRoute.value.name).toBe('login'))
    expect(server.calls.some((c) => c.path === '/api/identity/logout' && c.method === 'POST')).toBe(true)
    expect(useSessionStore().me).toBeNull()
  })
})
