import { describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { regions } from '../fixtures'
import VerificationPage from './VerificationPage.vue'

const trader = aMe({ permissions: ['directory:verification:submit'] })

describe('VerificationPage', () => {
  it('offers the licence form without the tags step to an unverified company', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/verification') return json(200, { verified: false, companyName: null, verifiedAt: null, openReview: null, lastDecision: null })
      if (call.path === '/api/directory/regions') return json(200, regions)
      return undefined
    })
    await mountWith(VerificationPage, await harness('/directory/verification', trader))
    expect(byTestId('onboarding-company-name')).toBeInstanceOf(HTMLInputElement)
    expect(allByTestId('onboarding-section-tags')).toHaveLength(0)
    expect(allByTestId('onboarding-step-tags')).toHaveLength(0)
    expect(server.calls.some((c) => c.path === '/api/directory/taxonomy')).toBe(false)
  })

  it('shows a verified company and lets it update its details', async () => {
    fakeServer((call) => {
      if (call.path === '/api/directory/verification') {
        return json(200, { verified: true, companyName: '义乌小商品贸易有限公司', verifiedAt: '2026-11-01T02:00:00Z', openReview: null, lastDecision: null })
      }
      if (call.path === '/api/directory/regions') return json(200, regions)
      return undefined
    })
    await mountWith(VerificationPage, await harness('/directory/verification', trader))
    expect(byTestId('verification-verified').textContent).toContain('义乌小商品贸易有限公司')
    expect(allByTestId('onboarding-company-name')).toHaveLength(0)
    byTestId('verification-change').click()
    await vi.waitFor(() => expect(allByTestId('onboarding-company-name')).toHaveLength(1))
  })
})
