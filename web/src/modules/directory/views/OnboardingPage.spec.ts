import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem, type RecordedCall } from '@/test/helpers'
import { aReview, counties, regions, taxonomy } from '../fixtures'
import OnboardingPage from './OnboardingPage.vue'

const owner = aMe({ permissions: ['directory:factory:onboard', 'directory:inquiry:read'] })

function server(options: { mine?: unknown; onSubmit?: (call: RecordedCall) => ReturnType<typeof json> } = {}) {
  return fakeServer((call) => {
    if (call.path === '/api/directory/my-factory') return options.mine ? json(200, options.mine) : problem(404, 'directory.factory-not-found', '还没有入驻')
    if (call.path === '/api/directory/regions') return json(200, regions)
    if (call.path.startsWith('/api/directory/regions/')) return json(200, counties[call.path.split('/')[4]!])
    if (call.path === '/api/directory/taxonomy') return json(200, taxonomy)
    if (call.path === '/api/directory/credit-codes/check') {
      return json(200, {
        valid: true,
        normalized: (call.body as { code: string }).code,
        division: { code: '440305', national: false, province: { code: '44', name: '广东省' }, city: { code: '4403', name: '深圳市' }, county: { code: '440305', name: '南山区' } },
        errors: [],
      })
    }
    if (call.path === '/api/directory/my-factory/onboarding') return options.onSubmit?.(call) ?? json(201, aReview())
    return undefined
  })
}

async function choose(id: string, value: string): Promise<void> {
  const select = byTestId(id) as HTMLSelectElement
  select.value = value
  select.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('OnboardingPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('checks the credit code live, validates each step and hides the city of a municipality', async () => {
    const fake = server()
    await mountWith(OnboardingPage, await harness('/directory/onboarding', owner))
    expect(byTestId('page-title').textContent).toContain('工厂入驻')
    expect(byTestId('onboarding-company-name')).toBeInstanceOf(HTMLInputElement)
    expect(byTestId('onboarding-credit-code')).toBeInstanceOf(HTMLInputElement)

    await click('onboarding-next')
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写企业名称'))

    await fill('onboarding-company-name', '北京某某科技有限公司')
    await fill('onboarding-credit-code', '91440305ma5f11110x')
    await vi.waitFor(() => expect(byTestId('onboarding-credit-code-status').dataset.valid).toBe('true'))
    expect(fake.calls.find((c) => c.path === '/api/directory/credit-codes/check')?.body).toEqual({ code: '91440305MA5F11110X' })
    expect(byTestId('onboarding-credit-code-status').textContent).toContain('广东省 深圳市 南山区')
    await fill('onboarding-legal-representative', '王建国')
    await click('onboarding-next')

    expect(byTestId('onboarding-province')).toBeInstanceOf(HTMLSelectElement)
    await choose('onboarding-province', '11')
    await vi.waitFor(() => expect((byTestId('onboarding-county') as HTMLSelectElement).options.length).toBe(2))
    expect(allByTestId('onboarding-city')).toHaveLength(0)
    await click('onboarding-next')
    await vi.waitFor(() => expect(document.body.textContent).toContain('请选择区县'))
    await choose('onboarding-province', '44')
    expect(byTestId('onboarding-city')).toBeInstanceOf(HTMLSelectElement)
    await choose('onboarding-city', '4403')
    await vi.waitFor(() => expect((byTestId('onboarding-county') as HTMLSelectElement).options[1]?.value).toBe('440305'))
  })

  it('resubmits a rejected submission prefilled, and puts a server field error back on its step', async () => {
    const rejected = aReview({ status: 'REJECTED', reason: '执照模糊', decidedAt: '2026-11-20T05:00:00Z' })
    const mine = { factory: { status: 'REJECTED' }, openReview: null, lastDecision: rejected, completeness: 0, missing: ['licence'], unreadInquiries: 0, certifications: [] }
    let attempts = 0
    const fake = server({
      mine,
      onSubmit: () =>
        ++attempts === 1
          ? problem(400, 'shared.validation', '', { errors: [{ field: 'creditCode', code: 'directory.credit-code-check', message: '第 18 位校验码应为 Y' }] })
          : json(201, aReview()),
    })
    await mountWith(OnboardingPage, await harness('/directory/onboarding', owner))
    expect(byTestId('page-title').textContent).toContain('重新提交')
    expect(document.body.textContent).toContain('执照模糊')
    expect((byTestId('onboarding-company-name') as HTMLInputElement).value).toBe('深圳市恒温保温杯制造有限公司')

    for (let i = 0; i < 4; i++) {
      await click('onboarding-next')
      await vi.waitFor(() => expect(document.querySelectorAll('.el-form-item__error')).toHaveLength(0))
    }
    const chosen = allByTestId('onboarding-category').find((b) => b.dataset.tagId === 'cat-1')!
    expect(chosen.getAttribute('aria-checked')).toBe('true')
    await click('onboarding-submit')
    await vi.waitFor(() => expect(byTestId('onboarding-section-company').style.display).not.toBe('none'))
    await vi.waitFor(() => expect(document.body.textContent).toContain('第 18 位校验码应为 Y'))

    for (let i = 0; i < 4; i++) await click('onboarding-next')
    await click('onboarding-submit')
    await vi.waitFor(() => expect(byTestId('onboarding-done')).toBeTruthy())
    const body = fake.calls.filter((c) => c.path === '/api/directory/my-factory/onboarding').at(-1)!.body
    expect(body).toMatchObject({
      companyName: '深圳市恒温保温杯制造有限公司',
      provinceCode: '44',
      cityCode: '4403',
      countyCode: '440305',
      licenceFileId: 'file-1',
      industryTagId: 'ind-1',
      categoryTagIds: ['cat-1'],
      contactMobile: '13812345678',
    })
    expect(body).not.toHaveProperty('contactEmail')
  })

  it('points to claiming when the credit code belongs to a listed factory', async () => {
    const pending = aReview()
    const mine = { factory: { status: 'PENDING_REVIEW' }, openReview: pending, lastDecision: null, completeness: 0, missing: ['licence'], unreadInquiries: 0, certifications: [] }
    server({
      mine,
      onSubmit: () =>
        problem(409, 'directory.credit-code-taken', '该统一社会信用代码已有工厂入驻，可以认领该工厂', {
          claimUrl: '/api/directory/factories/01941f29-7c00-7008-b5af-12295a0f988d/claims',
        }),
    })
    await mountWith(OnboardingPage, await harness('/directory/onboarding', owner))
    expect(document.body.textContent).toContain('正在审核中')
    for (let i = 0; i < 4; i++) await click('onboarding-next')
    await click('onboarding-submit')
    await vi.waitFor(() => expect(byTestId('onboarding-error').textContent).toContain('可以认领'))
    expect(byTestId('onboarding-claim-link').getAttribute('href')).toBe('/directory/onboarding?claim=01941f29-7c00-7008-b5af-12295a0f988d')
  })
})
