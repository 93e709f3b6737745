import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, byTestId, click, fakeServer, fill, harness, json, mountWith, problem, type RecordedCall } from '@/test/helpers'
import { resetReferenceCache } from '../composables/useReference'
import { aJobSummary, anApplication, aPosting, aSummary, jobTypes, regions } from '../fixtures'
import PostingPage from './PostingPage.vue'

const worker = aMe({
  activeOrganization: { id: 'org-worker', name: '王阿姨', type: 'WORKER', role: 'OWNER' },
  permissions: ['board:application:submit', 'board:contact:create', 'board:complaint:create', 'board:favourite:manage', 'board:posting:manage'],
  capabilities: ['WORK_TEMP'],
})

function select(id: string, value: string): void {
  const element = byTestId(id) as HTMLSelectElement
  element.value = value
  element.dispatchEvent(new Event('change', { bubbles: true }))
}

describe('PostingPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetReferenceCache()
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lets a worker without a profile fill one in, then apply with a message', async () => {
    let profile: unknown = null
    const fake = fakeServer((call: RecordedCall) => {
      if (call.path === '/api/board/postings/job-1') return json(200, aPosting(aJobSummary()))
      if (call.path === '/api/directory/regions') return json(200, regions)
      if (call.path === '/api/board/terms') return json(200, jobTypes)
      if (call.path === '/api/board/worker-profile' && call.method === 'GET') {
        return profile ? json(200, profile) : problem(404, 'board.worker-profile-required', '请先填写个人资料')
      }
      if (call.path === '/api/board/worker-profile' && call.method === 'PUT') {
        profile = call.body
        return json(200, call.body)
      }
      if (call.path === '/api/board/postings/job-1/applications' && call.method === 'POST') return json(201, anApplication())
      return undefined
    })
    await mountWith(PostingPage, await harness('/board/postings/job-1', worker))
    expect(byTestId('page-title').textContent).toBe('招聘 缝纫工 5 人')
    expect(byTestId('posting-facts').textContent).toContain('¥260.00–¥320.00 / 天')
    expect(byTestId('posting-facts').textContent).toContain('包吃、包住')
    expect(byTestId('posting-verified')).toBeTruthy()

    await click('posting-apply')
    await vi.waitFor(() => expect(byTestId('apply-dialog').dataset.step).toBe('profile'))
    expect(byTestId('apply-profile-first')).toBeTruthy()
    // the profile's own checks first
    await click('profile-save')
    await vi.waitFor(() => expect(byTestId('apply-dialog').textContent).toContain('请填写 11 位手机号'))
    await fill('profile-name', '王阿姨')
    await fill('profile-mobile', '13900139001')
    await fill('profile-experience', '6')
    await click('profile-job-type')
    select('profile-province', '33')
    await flushPromises()
    select('profile-city', '3301')
    await click('profile-save')
    await vi.waitFor(() => expect(byTestId('apply-dialog').dataset.step).toBe('message'))
    expect(fake.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      name: '王阿姨',
      mobile: '13900139001',
      experienceYears: 6,
      jobTypeIds: ['term-sew'],
      provinceCode: '33',
      cityCode: '3301',
    })

    await fill('apply-message', '下周一可以到岗')
    await click('apply-submit')
    await vi.waitFor(() => expect(fake.calls.some((c) => c.method === 'POST' && c.path === '/api/board/postings/job-1/applications')).toBe(true))
    expect(fake.calls.find((c) => c.method === 'POST' && c.path.endsWith('/applications'))!.body).toEqual({ message: '下周一可以到岗' })
  })

  it('says so when the worker already applied', async () => {
    fakeServer((call) => {
      if (call.path === '/api/board/postings/job-1') return json(200, aPosting(aJobSummary()))
      if (call.path === '/api/board/worker-profile') return json(200, { name: '王阿姨', mobile: '139****9001', experienceYears: 6, jobTypeIds: [] })
      if (call.path === '/api/board/postings/job-1/applications') return problem(409, 'board.already-applied', '您已应聘过该岗位，请在“我的应聘”中查看进度。')
      return undefined
    })
    await mountWith(PostingPage, await harness('/board/postings/job-1', worker))
    await click('posting-apply')
    await vi.waitFor(() => expect(byTestId('apply-dialog').dataset.step).toBe('message'))
    await click('apply-submit')
    await vi.waitFor(() => expect(byTestId('apply-error').textContent).toContain('您已应聘过该岗位'))
  })

  it('contacts the other side and goes to the conversation', async () => {
    const trader = aMe({ permissions: ['board:contact:create', 'board:favourite:manage', 'board:complaint:create'], capabilities: ['BUY_B2B'] })
    const fake = fakeServer((call) => {
      if (call.path === '/api/board/postings/post-1') return json(200, aPosting(aSummary({ organization: { id: 'org-f', name: '宁波海曙保温杯厂', type: 'FACTORY', verified: true } })))
      if (call.path === '/api/board/postings/post-1/contacts') return json(201, { id: 'c-1', postingId: 'post-1', conversationId: 'conv-7', initiatedByMe: true })
      return undefined
    })
    const h = await harness('/board/postings/post-1', trader)
    await mountWith(PostingPage, h)
    expect(byTestId('posting-facts').textContent).toContain('3万 个')
    await click('posting-contact')
    await fill('contact-message', '您好，可以做 FDA 认证吗？')
    await click('contact-submit')
    await vi.waitFor(() => expect(h.router.currentRoute.value.path).toBe('/chat/conversations/conv-7'))
    expect(fake.calls.find((c) => c.method === 'POST')!.body).toEqual({ message: '您好，可以做 FDA 认证吗？' })
  })

  it('shows a removed posting as not found', async () => {
    fakeServer(() => problem(404, 'board.posting-not-found', '信息不存在或已下架。'))
    await mountWith(PostingPage, await harness('/board/postings/gone', null))
    expect(byTestId('posting-not-found')).toBeTruthy()
  })
})
