import { beforeEach, describe, expect, it } from 'vitest'
import { allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem } from '@/test/helpers'
import SignUpPage from './SignUpPage.vue'

const created = { id: 'u1', displayName: '张三', email: null, mobile: '138****1234', createdAt: '2024-01-01T00:00:00Z' }

describe('SignUpPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('offers the five organisation types as buttons and puts test ids on native inputs', async () => {
    fakeServer(() => undefined)
    await mountWith(SignUpPage, await harness('/sign-up'))
    for (const type of ['FACTORY', 'TRADING_COMPANY', 'BRAND', 'CREATOR', 'WORKER']) {
      expect(byTestId(`signup-org-type-${type}`)).toBeInstanceOf(HTMLButtonElement)
    }
    expect(byTestId('signup-org-type-TRADING_COMPANY').textContent).toContain('外贸公司')
    expect(byTestId('signup-org-type-CREATOR').textContent).toContain('达人/Up主')
    for (const id of ['signup-org-name', 'signup-display-name', 'signup-login', 'signup-password', 'signup-invitation-code']) {
      expect(byTestId(id), id).toBeInstanceOf(HTMLInputElement)
    }
    expect(byTestId('signup-submit')).toBeInstanceOf(HTMLButtonElement)
    expect(byTestId('signup-org-type-FACTORY').getAttribute('aria-checked')).toBe('false')
    await click('signup-org-type-FACTORY')
    expect(byTestId('signup-org-type-FACTORY').getAttribute('aria-checked')).toBe('true')
  })

  it('sends a mainland mobile number as mobile and goes to the login page with a notice', async () => {
    const server = fakeServer((call) => (call.path === '/api/identity/sign-up' ? json(201, created) : undefined))
    const h = await harness('/sign-up')
    await mountWith(SignUpPage, h)
    await click('signup-org-type-FACTORY')
    await fill('signup-org-name', '宁波海曙电器厂')
    await fill('signup-display-name', '张三')
    await fill('signup-login', '13800001234')
    await fill('signup-password', 'secret-123')
    await click('signup-submit')
    expect(server.calls.find((c) => c.path === '/api/identity/sign-up')?.body).toEqual({
      organizationType: 'FACTORY',
      organizationName: '宁波海曙电器厂',
      displayName: '张三',
      mobile: '13800001234',
      password: 'secret-123',
    })
    expect(h.router.currentRoute.value.name).toBe('login')
    expect(h.router.currentRoute.value.query.registered).toBe('1')
  })

  it('hides the organisation name for a temp worker and sends an e-mail as email', async () => {
    const server = fakeServer((call) => (call.path === '/api/identity/sign-up' ? json(201, created) : undefined))
    await mountWith(SignUpPage, await harness('/sign-up'))
    await click('signup-org-type-WORKER')
    expect(allByTestId('signup-org-name')).toHaveLength(0)
    await fill('signup-display-name', '王五')
    await fill('signup-login', 'wang@example.com')
    await fill('signup-password', 'secret-123')
    await click('signup-submit')
    expect(server.calls.find((c) => c.path === '/api/identity/sign-up')?.body).toEqual({
      organizationType: 'WORKER',
      displayName: '王五',
      email: 'wang@example.com',
      password: 'secret-123',
    })
  })

  it('does not send a password shorter than 8 characters', async () => {
    const server = fakeServer(() => json(201, created))
    await mountWith(SignUpPage, await harness('/sign-up'))
    await click('signup-org-type-BRAND')
    await fill('signup-org-name', 'Acme')
    await fill('signup-login', 'a@example.com')
    await fill('signup-password', 'short')
    await click('signup-submit')
    expect(server.calls.filter((c) => c.path === '/api/identity/sign-up')).toHaveLength(0)
    expect(document.body.textContent).toContain('至少 8 位')
  })

  it('shows a taken login under the login field', async () => {
    fakeServer(() => problem(409, 'identity.login-taken', '该手机号已注册'))
    const h = await harness('/sign-up')
    await mountWith(SignUpPage, h)
    await click('signup-org-type-CREATOR')
    await fill('signup-org-name', '小美工作室')
    await fill('signup-login', '13800001234')
    await fill('signup-password', 'secret-123')
    await click('signup-submit')
    await new Promise((resolve) => setTimeout(resolve, 150))
    const item = byTestId('signup-login').closest('.el-form-item')
    expect(item?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('该手机号已注册')
    expect(h.router.currentRoute.value.name).toBe('sign-up')
  })
})
