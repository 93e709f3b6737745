import { describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, fakeServer, harness, json, mountWith, problem } from '@/test/helpers'
import { aReview, taxonomy } from '../fixtures'
import MyFactoryPage from './MyFactoryPage.vue'

const owner = aMe({ permissions: ['directory:factory:onboard', 'directory:factory:manage', 'directory:inquiry:read'] })

describe('MyFactoryPage', () => {
  it('offers onboarding before anything was submitted', async () => {
    fakeServer((call) => {
      if (call.path === '/api/directory/my-factory') return problem(404, 'directory.factory-not-found', '还没有入驻')
      if (call.path === '/api/directory/taxonomy') return json(200, taxonomy)
      return undefined
    })
    await mountWith(MyFactoryPage, await harness('/directory/my-factory', owner))
    expect(byTestId('dashboard-not-onboarded')).toBeTruthy()
    expect(byTestId('dashboard-start-onboarding').getAttribute('href')).toBe('/directory/onboarding')
  })

  it('shows the status with the open review, completeness with to-dos, and expiring certifications', async () => {
    const factory = {
      id: 'fac-1', status: 'LISTED', verified: true, verifiedAt: '2026-11-20T02:00:00Z', claimed: true, name: '恒温保温杯厂', nameEn: null,
      creditCode: 'x', legalRepresentative: '王', address: null, location: null, industry: null, categories: [], attributes: [],
      profile: { description: null, foundedYear: null, staffCount: null, areaSqm: null, productionLines: null, monthlyCapacity: null, oem: false, odm: false },
      exportCountries: [], certifications: [], products: [], media: [], socialAccounts: [], badges: [],
      contact: { visibility: 'VISIBLE', name: null, mobile: null, email: null }, inquiryCount: 0, listedAt: null, favourite: false, extensions: {},
    }
    const expiring = { id: 'c-1', type: 'ISO_9001', name: null, issuer: 'SGS', number: 'Q-1', validFrom: null, validUntil: '2026-12-01', status: 'VERIFIED', verifiedAt: null, reason: null, evidenceFileId: 'f', expiringSoon: true, expired: false }
    fakeServer((call) => {
      if (call.path === '/api/directory/my-factory') {
        return json(200, {
          factory,
          openReview: aReview({ kind: 'CHANGE', dueAt: '2026-11-24T01:00:00Z' }),
          lastDecision: aReview({ status: 'APPROVED', decidedAt: '2026-11-20T02:00:00Z' }),
          completeness: 44,
          missing: ['description', 'products', 'socialAccounts'],
          unreadInquiries: 3,
          certifications: [expiring],
        })
      }
      if (call.path === '/api/directory/taxonomy') return json(200, taxonomy)
      return undefined
    })
    await mountWith(MyFactoryPage, await harness('/directory/my-factory', owner))
    expect(byTestId('dashboard-status').dataset.status).toBe('LISTED')
    expect(byTestId('dashboard-open-review').textContent).toContain('信息变更审核中')
    expect(byTestId('dashboard-open-review').textContent).toContain('2026-11-24 09:00')
    expect(byTestId('dashboard-completeness').dataset.completeness).toBe('44')
    expect(allByTestId('dashboard-todo').map((li) => li.dataset.item)).toEqual(['description', 'products', 'socialAccounts'])
    expect(byTestId('dashboard-completeness').textContent).toContain('未读询盘 3 条')
    ;(allByTestId('dashboard-todo')[0]!.querySelector('a') as HTMLAnchorElement).click()
    await vi.waitFor(() => expect(byTestId('profile-description')).toBeTruthy())
  })
})
