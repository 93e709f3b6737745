import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@/app/stores/session'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import ProfilePage from './ProfilePage.vue'

const me = aMe({ permissions: ['identity:token:manage'] })
const existing = { id: 't1', name: 'ERP 同步', prefix: 'rs_pat_ab12', createdAt: '2024-05-01T00:00:00Z', lastUsedAt: null, expiresAt: null }

describe('ProfilePage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
    sessionStorage.setItem('rs.login', 'zhang@example.com')
  })
  afterEach(() => {
    document.body.innerHTML = ''
    sessionStorage.clear()
  })

  it('saves the display name, language and time zone', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/identity/tokens') return json(200, [])
      if (call.method === 'PATCH') return json(200, { ...me, ...(call.body as object) })
      return undefined
    })
    await mountWith(ProfilePage, await harness('/profile', me))
    const name = byTestId('profile-display-name') as HTMLInputElement
    expect(name).toBeInstanceOf(HTMLInputElement)
    expect(name.value).toBe('张三')
    await fill('profile-display-name', '张老板')
    await click('profile-save')
    expect(server.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ displayName: '张老板', locale: 'zh-CN', timeZone: 'Asia/Shanghai' })
    expect(useSessionStore().me?.displayName).toBe('张老板')
  })

  it('creates a token, shows it once with a copy button, and lists it', async () => {
    let tokens: Record<string, unknown>[] = [existing]
    const server = fakeServer((call) => {
      if (call.path === '/api/identity/tokens' && call.method === 'GET') return json(200, tokens)
      if (call.path === '/api/identity/tokens' && call.method === 'POST') {
        const created = { id: 't2', name: 'CI', prefix: 'rs_pat_cd34', createdAt: '2024-06-01T00:00:00Z', lastUsedAt: null, expiresAt: '2024-08-30T00:00:00Z' }
        tokens = [...tokens, created]
        return json(201, { ...created, token: 'rs_pat_cd34_secret' })
      }
      return undefined
    })
    await mountWith(ProfilePage, await harness('/profile', me))
    expect(allByTestId('token-row')).toHaveLength(1)
    expect(allByTestId('token-row')[0]!.textContent).toContain('从未使用')
    expect(byTestId('token-name')).toBeInstanceOf(HTMLInputElement)
    expect(byTestId('token-password')).toBeInstanceOf(HTMLInputElement)
    expect(byTestId('token-create')).toBeInstanceOf(HTMLButtonElement)
    await fill('token-name', 'CI')
    await fill('token-password', 'my-password')
    await click('token-create')
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({
      login: 'zhang@example.com',
      password: 'my-password',
      name: 'CI',
      validDays: 90,
    })
    await vi.waitFor(() => expect(byTestId('token-value').textContent).toBe('rs_pat_cd34_secret'))
    expect(document.body.textContent).toContain('只显示这一次')
    expect(document.body.textContent).toContain('复制')
    expect(allByTestId('token-row')).toHaveLength(2)
    expect(allByTestId('token-row')[1]!.textContent).toContain('2024-08-30 08:00')
    expect((byTestId('token-password') as HTMLInputElement).value).toBe('')
  })

  it('revokes a token after confirmation', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/identity/tokens') return json(200, [existing])
      if (call.method === 'DELETE') return { status: 204 }
      return undefined
    })
    await mountWith(ProfilePage, await harness('/profile', me))
    const revoke = allByTestId('token-row')[0]!.querySelector('[data-testid="token-revoke"]') as HTMLButtonElement
    expect(revoke).toBeInstanceOf(HTMLButtonElement)
    revoke.click()
    const confirm = await vi.waitFor(() => {
      const button = document.querySelector<HTMLButtonElement>('.el-message-box .el-button--danger, .el-message-box__btns .el-button--primary')
      if (!button) throw new Error('no confirmation yet')
      return button
    })
    expect(server.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0)
    confirm.click()
    await vi.waitFor(() => expect(allByTestId('token-row')).toHaveLength(0))
    expect(server.calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/identity/tokens/t1')
  })

  it('asks for the login when this tab does not know it', async () => {
    sessionStorage.clear()
    fakeServer((call) => (call.path === '/api/identity/tokens' ? json(200, []) : undefined))
    await mountWith(ProfilePage, await harness('/profile', me))
    expect(byTestId('token-login')).toBeInstanceOf(HTMLInputElement)
  })
})
