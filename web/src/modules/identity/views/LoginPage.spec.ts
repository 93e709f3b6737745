import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@/app/stores/session'
import { aMe, byTestId, click, fakeServer, fill, harness, json, mountWith, problem } from '@/test/helpers'
import LoginPage from './LoginPage.vue'

describe('LoginPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
    sessionStorage.clear()
  })

  it('puts the test ids on the native controls Playwright fills and clicks', async () => {
    fakeServer(() => undefined)
    await mountWith(LoginPage, await harness('/login'))
    expect(byTestId('login-login')).toBeInstanceOf(HTMLInputElement)
    expect(byTestId('login-password')).toBeInstanceOf(HTMLInputElement)
    expect((byTestId('login-password') as HTMLInputElement).type).toBe('password')
    expect(byTestId('login-submit')).toBeInstanceOf(HTMLButtonElement)
    expect((byTestId('login-submit') as HTMLButtonElement).type).toBe('submit')
    expect(byTestId('page-title').tagName).toBe('H1')
  })

  it("shows the server's problem detail in the alert and keeps the user on the page", async () => {
    const server = fakeServer((call) =>
      call.path === '/api/identity/login' ? problem(401, 'identity.bad-credentials', '手机号/邮箱或密码不正确') : undefined,
    )
    const h = await harness('/login')
    await mountWith(LoginPage, h)
    await fill('login-login', ' 13800001234 ')
    await fill('login-password', 'wrong-password')
    await click('login-submit')

    expect(byTestId('login-error').textContent).toBe('手机号/邮箱或密码不正确')
    const login = server.calls.find((c) => c.path === '/api/identity/login')
    expect(login?.body).toEqual({ login: '13800001234', password: 'wrong-password' })
    expect(login?.headers.get('Accept-Language')).toBe('zh-CN')
    expect(login?.headers.get('X-XSRF-TOKEN')).toBe('test-token')
    expect(h.router.currentRoute.value.name).toBe('login')
    expect((byTestId('login-password') as HTMLInputElement).value).toBe('')
  })

  it('says why an account is disabled', async () => {
    fakeServer(() => problem(403, 'identity.account-disabled', 'Account disabled', { reason: '多次违规刷单' }))
    await mountWith(LoginPage, await harness('/login'))
    await fill('login-login', 'a@example.com')
    await fill('login-password', 'whatever1')
    await click('login-submit')
    expect(byTestId('login-error').textContent).toBe('账号已被停用：多次违规刷单')
  })

  it('blocks the button with a countdown while login is throttled', async () => {
    fakeServer(() => problem(429, 'identity.login-throttled', '登录尝试过于频繁', { retryAfterSeconds: 30 }))
    await mountWith(LoginPage, await harness('/login'))
    await fill('login-login', 'a@example.com')
    await fill('login-password', 'whatever1')
    await click('login-submit')
    const button = byTestId('login-submit') as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.textContent).toContain('30 秒后可重试')
    expect(byTestId('login-error').textContent).toContain('登录尝试过于频繁')
  })

  it('shows field errors under the matching fields', async () => {
    fakeServer(() => ({
      status: 400,
      body: { status: 400, code: 'shared.validation', errors: [{ field: 'login', code: 'x', message: '请输入正确的手机号' }] },
    }))
    await mountWith(LoginPage, await harness('/login'))
    await fill('login-login', '123')
    await fill('login-password', 'whatever1')
    await click('login-submit')
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => {
      const item = byTestId('login-login').closest('.el-form-item')
      expect(item?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('请输入正确的手机号')
    })
    const passwordItem = byTestId('login-password').closest('.el-form-item')
    expect(passwordItem?.querySelector('.el-form-item__error')).toBeNull()
  })

  it('logs in, keeps the session and goes to the page that asked for it', async () => {
    const me = aMe()
    fakeServer((call) => (call.path === '/api/identity/login' ? json(200, me) : undefined))
    const h = await harness('/login?redirect=/profile')
    await mountWith(LoginPage, h)
    await fill('login-login', 'zhang@example.com')
    await fill('login-password', 'correct-horse')
    await click('login-submit')
    expect(useSessionStore().me?.id).toBe(me.id)
    expect(h.router.currentRoute.value.fullPath).toBe('/profile')
    expect(sessionStorage.getItem('rs.login')).toBe('zhang@example.com')
  })

  it('does not follow a redirect to another site', async () => {
    fakeServer((call) => (call.path === '/api/identity/login' ? json(200, aMe()) : undefined))
    const h = await harness('/login?redirect=//evil.example/x')
    await mountWith(LoginPage, h)
    await fill('login-login', 'zhang@example.com')
    await fill('login-password', 'correct-horse')
    await click('login-submit')
    expect(h.router.currentRoute.value.fullPath).toBe('/')
  })
})
