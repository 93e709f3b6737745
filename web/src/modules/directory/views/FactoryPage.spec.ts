import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import FactoryPage from './FactoryPage.vue'

const buyer = aMe({ permissions: ['directory:favourite:manage', 'directory:inquiry:send'] })

function aCard(overrides: Record<string, unknown> = {}) {
  return {
    id: 'fac-1',
    status: 'LISTED',
    verified: true,
    verifiedAt: '2026-11-20T02:00:00Z',
    claimed: true,
    name: '深圳市恒温保温杯制造有限公司',
    nameEn: 'Shenzhen Hengwen Cups',
    creditCode: '91440305MA5F11110X',
    legalRepresentative: '王建国',
    address: { province: { code: '44', name: '广东省' }, city: { code: '4403', name: '深圳市' }, county: null, line: null, countryCode: 'CN' },
    location: null,
    industry: { id: 'ind-1', code: 'daily-goods', nameZh: '日用百货制造', nameEn: 'Daily goods', retired: false },
    categories: [{ id: 'cat-1', code: 'x', nameZh: '保温杯', nameEn: 'Vacuum flasks', retired: false }],
    attributes: [],
    profile: { description: '专业生产保温杯', foundedYear: 2009, staffCount: 260, areaSqm: 12000, productionLines: 12, monthlyCapacity: '50 万只', oem: true, odm: false },
    exportCountries: [{ code: 'DE', nameZh: '德国', nameEn: 'Germany', region: 'EU', regionZh: '欧洲', regionEn: 'Europe' }],
    certifications: [
      { id: 'c-1', type: 'BSCI', name: null, issuer: 'amfori', number: 'B-1', validFrom: null, validUntil: '2026-12-01', status: 'VERIFIED', verifiedAt: '2026-01-01T00:00:00Z', verifiedByName: '审核员小张', reason: null, evidenceFileId: 'f-2', expiringSoon: true, expired: false },
    ],
    products: [
      { id: 'p-1', name: '316 不锈钢保温杯', imageFileIds: [], price: { min: 12.5, max: 18, currency: 'CNY' }, moq: 1000, moqUnit: '只', leadTimeDays: 25, category: null },
    ],
    media: [],
    socialAccounts: [],
    badges: [{ code: 'LICENCE_VERIFIED', label: '营业执照已核验', reason: '平台审核员核验了营业执照' }],
    contact: { visibility: 'VERIFICATION_REQUIRED', name: null, mobile: null, email: null },
    inquiryCount: 2,
    listedAt: '2026-11-20T02:00:00Z',
    favourite: false,
    extensions: {},
    ...overrides,
  }
}

describe('FactoryPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows badges with their reasons, certifications with expiry, products, export countries and why contacts are hidden', async () => {
    fakeServer((call) => (call.path === '/api/factory/fac-1' ? json(200, aCard()) : undefined))
    await mountWith(FactoryPage, await harness('/directory/factories/fac-1', buyer))
    expect(byTestId('page-title').textContent).toBe('深圳市恒温保温杯制造有限公司')
    const badge = byTestId('factory-badge')
    expect(badge).toBeInstanceOf(HTMLButtonElement)
    expect(badge.dataset.code).toBe('LICENCE_VERIFIED')
    await click('factory-badge')
    expect(byTestId('factory-badge-reason').textContent).toContain('核验了营业执照')
    expect(byTestId('factory-certifications').textContent).toContain('30 天内到期')
    // Who checked the certificate, and when.
    expect(byTestId('factory-cert-verified').textContent).toContain('由 审核员小张 于')
    expect(byTestId('factory-cert-verified').textContent).toContain('2026')
    expect(byTestId('factory-products').textContent).toContain('起订 1000 只')
    expect(byTestId('factory-export-countries').textContent).toContain('德国')
    expect(byTestId('factory-contact').dataset.visibility).toBe('VERIFICATION_REQUIRED')
    expect(byTestId('factory-contact').textContent).toContain('企业认证')
  })

  it('toggles the favourite and sends an inquiry for a showcase product', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/factory/fac-1') return json(200, aCard())
      if (call.path === '/api/directory/factories/fac-1/favourite') return { status: 204 }
      if (call.path === '/api/directory/factories/fac-1/inquiries') return json(201, { id: 'inq-1', ...(call.body as object) })
      return undefined
    })
    await mountWith(FactoryPage, await harness('/directory/factories/fac-1', buyer))
    await click('factory-favourite')
    await vi.waitFor(() => expect(byTestId('factory-favourite').getAttribute('aria-pressed')).toBe('true'))
    expect(server.calls.find((c) => c.path.endsWith('/favourite'))!.method).toBe('PUT')

    await click('factory-inquire')
    await vi.waitFor(() => expect(byTestId('inquiry-product')).toBeInstanceOf(HTMLSelectElement))
    const select = byTestId('inquiry-product') as HTMLSelectElement
    select.value = 'p-1'
    select.dispatchEvent(new Event('change'))
    await fill('inquiry-quantity', '0')
    await click('inquiry-submit')
    await vi.waitFor(() => expect(document.body.textContent).toContain('请输入 1 到 1 亿之间的整数'))
    await fill('inquiry-quantity', '5000')
    await fill('inquiry-message', '需要定制 logo，500ml')
    await click('inquiry-submit')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path.endsWith('/inquiries'))).toBe(true))
    expect(server.calls.find((c) => c.path.endsWith('/inquiries'))!.body).toEqual({ productId: 'p-1', quantity: 5000, unit: '只', message: '需要定制 logo，500ml' })
  })

  it('asks visitors to log in for contacts, and says so when the factory is not listed', async () => {
    fakeServer((call) => {
      if (call.path === '/api/factory/fac-1') return json(200, aCard({ contact: { visibility: 'LOGIN_REQUIRED', name: null, mobile: null, email: null } }))
      return undefined
    })
    const h = await harness('/directory/factories/fac-1', null)
    await mountWith(FactoryPage, h)
    expect(byTestId('factory-contact').dataset.visibility).toBe('LOGIN_REQUIRED')
    await click('factory-contact-login')
    await vi.waitFor(() => expect(h.router.currentRoute.value.name).toBe('login'))
    expect(h.router.currentRoute.value.query.redirect).toBe('/directory/factories/fac-1')
    expect(allByTestId('factory-claim')).toHaveLength(0)
  })

  it('shows the factory’s TikTok accounts and 30-day figures, and its poster for market readers', async () => {
    const tiktok = {
      factoryId: 'fac-1',
      accounts: [{ id: 'a-1', platform: 'TIKTOK', handle: 'hengwen_cups', nickname: '恒温', profileUrl: 'https://www.tiktok.com/@hengwen_cups', followers: 35_600, followersText: '3.6万', videoTotal: 40, verified: true, seller: false }],
      videos30d: 12,
      plays30d: 3_562_000,
      plays30dText: '356.2万',
      likes30d: 1000,
      engagementRate30d: 0.031,
    }
    fakeServer((call) => (call.path === '/api/factory/fac-1' ? json(200, aCard({ extensions: { tiktok } })) : undefined))
    await mountWith(FactoryPage, await harness('/directory/factories/fac-1', aMe({ permissions: ['intel:market:read'] })))
    expect(byTestId('factory-tiktok-plays').textContent).toBe('356.2万')
    expect(byTestId('factory-tiktok-account').dataset.handle).toBe('hengwen_cups')
    expect(byTestId('factory-tiktok-account').textContent).toContain('3.56万')
    await click('factory-poster')
    expect(byTestId('poster-image').getAttribute('src')).toBe('/api/intel/posters/factories/fac-1.png')
  })

  it('has no TikTok section for a visitor when none is linked', async () => {
    fakeServer((call) => (call.path === '/api/factory/fac-1' ? json(200, aCard()) : undefined))
    await mountWith(FactoryPage, await harness('/directory/factories/fac-1', null))
    expect(allByTestId('factory-tiktok')).toHaveLength(0)
  })
})
