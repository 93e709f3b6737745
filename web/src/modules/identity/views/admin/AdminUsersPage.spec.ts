import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem, type RecordedCall } from '@/test/helpers'
import AdminUsersPage from './AdminUsersPage.vue'

const reviewer = aMe({ permissions: ['identity:user:read-all', 'identity:user:change-state'] })
const users = [
  {
    id: 'u-100',
    displayName: '李四',
    email: 'l***@example.com',
    mobile: null,
    state: 'NORMAL',
    stateReason: null,
    createdAt: '2024-05-01T16:30:00Z',
    organizations: [{ id: 'o1', name: '义乌小商品', type: 'TRADING_COMPANY', role: 'OWNER' }],
  },
  {
    id: 'u-200',
    displayName: '王五',
    email: null,
    mobile: '139****0000',
    state: 'RESTRICTED',
    stateReason: '资料待补充',
    createdAt: '2024-05-02T01:00:00Z',
    organizations: [],
  },
]

function userServer(onChange: (call: RecordedCall) => ReturnType<typeof json> = (call) => json(200, { ...users[0], ...(call.body as object) })) {
  return fakeServer((call) => {
    if (call.path === '/api/identity/admin/users') return json(200, { items: users, page: 0, size: 20, total: 2 })
    if (call.path === '/api/identity/admin/users/u-100/state') return onChange(call)
    return undefined
  })
}

describe('AdminUsersPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lists users in rows that carry their id, with state, reason and time in the user zone', async () => {
    userServer()
    await mountWith(AdminUsersPage, await harness('/admin/users', reviewer))
    const rows = allByTestId('admin-user-row')
    expect(rows.map((r) => r.tagName)).toEqual(['TR', 'TR'])
    expect(rows.map((r) => r.dataset.userId)).toEqual(['u-100', 'u-200'])
    expect(rows[1]!.textContent).toContain('受限')
    expect(rows[1]!.textContent).toContain('资料待补充')
    expect(rows[0]!.textContent).toContain('2024-05-02 00:30')
    expect(rows[0]!.querySelector('[data-testid="user-state-change"]')).toBeInstanceOf(HTMLButtonElement)
    expect(byTestId('admin-user-filter-state')).toBeInstanceOf(HTMLSelectElement)
    expect(byTestId('admin-user-search')).toBeInstanceOf(HTMLInputElement)
  })

  it('filters by state and keyword through the query string, from the first page', async () => {
    const server = userServer()
    await mountWith(AdminUsersPage, await harness('/admin/users', reviewer))
    const select = byTestId('admin-user-filter-state') as HTMLSelectElement
    select.value = 'DISABLED'
    select.dispatchEvent(new Event('change'))
    await fill('admin-user-search', '138')
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === '/api/identity/admin/users').at(-1)?.search.get('q')).toBe('138'), { timeout: 5000 })
    const last = server.calls.filter((c) => c.path === '/api/identity/admin/users').at(-1)!
    expect(last.search.get('state')).toBe('DISABLED')
    expect(last.search.get('page')).toBe('0')
    expect(last.search.get('size')).toBe('20')
  })

  it('changes a state with a reason and shows the new state in the row', async () => {
    const server = userServer((call) => json(200, { ...users[0], state: 'DISABLED', stateReason: (call.body as { reason: string }).reason }))
    await mountWith(AdminUsersPage, await harness('/admin/users', reviewer))
    ;(allByTestId('admin-user-row')[0]!.querySelector('[data-testid="user-state-change"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(byTestId('state-select')).toBeInstanceOf(HTMLSelectElement))
    expect(byTestId('state-reason')).toBeInstanceOf(HTMLTextAreaElement)
    expect(byTestId('state-submit')).toBeInstanceOf(HTMLButtonElement)
    const select = byTestId('state-select') as HTMLSelectElement
    select.value = 'DISABLED'
    select.dispatchEvent(new Event('change'))
    await fill('state-reason', '多次违规刷单')
    await click('state-submit')
    expect(server.calls.find((c) => c.method === 'PUT')?.body).toEqual({ state: 'DISABLED', reason: '多次违规刷单' })
    await vi.waitFor(() => expect(allByTestId('admin-user-row')[0]!.dataset.state).toBe('DISABLED'))
    expect(allByTestId('admin-user-row')[0]!.textContent).toContain('多次违规刷单')
  })

  it('requires a reason before sending, and shows server field errors under the reason', async () => {
    const server = userServer(() => ({
      status: 400,
      body: { status: 400, code: 'shared.validation', errors: [{ field: 'reason', code: 'x', message: '原因太短' }] },
    }))
    await mountWith(AdminUsersPage, await harness('/admin/users', reviewer))
    ;(allByTestId('user-state-change')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => byTestId('state-submit'))
    await click('state-submit')
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
    await fill('state-reason', '短的')
    await click('state-submit')
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
    await vi.waitFor(() => expect(byTestId('state-reason').closest('.el-form-item')?.textContent).toContain('原因太短'))
  })

  it('has no state action without the change-state permission', async () => {
    userServer()
    await mountWith(AdminUsersPage, await harness('/admin/users', aMe({ permissions: ['identity:user:read-all'] })))
    expect(allByTestId('admin-user-row')).toHaveLength(2)
    expect(allByTestId('user-state-change')).toHaveLength(0)
  })

  it('shows the error with a retry when the list cannot load', async () => {
    let fail = true
    fakeServer((call) =>
      call.path === '/api/identity/admin/users'
        ? fail
          ? problem(500, 'shared.internal', '服务器开小差了')
          : json(200, { items: users, page: 0, size: 20, total: 2 })
        : undefined,
    )
    await mountWith(AdminUsersPage, await harness('/admin/users', reviewer))
    expect(document.body.textContent).toContain('服务器开小差了')
    fail = false
    const retry = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes('重试'))!
    retry.click()
    await vi.waitFor(() => expect(allByTestId('admin-user-row')).toHaveLength(2))
  })
})
