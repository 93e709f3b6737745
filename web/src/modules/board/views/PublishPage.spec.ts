import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem, type Reply, type RecordedCall } from '@/test/helpers'
import { resetReferenceCache } from '../composables/useReference'
import { aPosting, aSummary, jobTypes, processes, regions, taxonomy } from '../fixtures'
import PublishPage from './PublishPage.vue'

const trader = aMe({
  activeOrganization: { id: 'org-buyer', name: '深圳环球进出口有限公司', type: 'TRADING_COMPANY', role: 'OWNER' },
  permissions: ['board:posting:publish', 'board:posting:manage', 'board:quote:decide', 'directory:verification:submit'],
  capabilities: ['SELL_B2B', 'BUY_B2B', 'EXPORT_INTEL'],
})

function server(answer: (call: RecordedCall, attempt: number) => Reply, more: (call: RecordedCall) => Reply | undefined = () => undefined) {
  let attempts = 0
  return fakeServer((call) => {
    const extra = more(call)
    if (extra) return extra
    if (call.path === '/api/directory/regions') return json(200, regions)
    if (call.path === '/api/directory/taxonomy') return json(200, taxonomy)
    if (call.path === '/api/directory/regions/4403/counties') return json(200, { city: { code: '4403', name: '深圳市' }, counties: [{ code: '440305', name: '南山区' }] })
    if (call.path === '/api/board/terms') return json(200, call.search.get('kind') === 'JOB_TYPE' ? jobTypes : processes)
    if (call.path === '/api/directory/verification') return json(200, { verified: true, companyName: '深圳环球进出口有限公司', verifiedAt: '2026-11-01T00:00:00Z', openReview: null, lastDecision: null })
    if (call.path === '/api/board/postings' && call.method === 'POST') return answer(call, ++attempts)
    return undefined
  })
}

function select(id: string, value: string): void {
  const element = byTestId(id) as HTMLSelectElement
  element.value = value
  element.dispatchEvent(new Event('change', { bubbles: true }))
}

const step = () => byTestId('publish-card').dataset.step

/** Walks the form to the review step with a complete 保温杯 30000 个 demand. */
async function fillProcurement(description = '出口美国，需提供验厂报告'): Promise<void> {
  await click('publish-kind-PROCUREMENT')
  await click('publish-next')
  expect(step()).toBe('common')
  select('publish-province', '44')
  await flushPromises()
  select('publish-city', '4403')
  select('publish-category', 'cat-1')
  await fill('publish-description', description)
  await click('publish-next')
  expect(step()).toBe('details')
  await fill('publish-product-name', '保温杯')
  await fill('publish-quantity', '30000')
  await fill('publish-delivery-date', '2099-01-20')
  await fill('publish-price-min', '12.5')
  await fill('publish-price-max', '15')
  await click('publish-next')
  expect(step()).toBe('media')
  await click('publish-next')
  expect(step()).toBe('review')
}

// Walking a step form takes several seconds on a busy shared machine: more than the default 10 s per test.
describe('PublishPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetReferenceCache()
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('offers only the kinds the organisation may post, and a required field blocks the next step', async () => {
    const fake = server(() => json(500))
    await mountWith(PublishPage, await harness('/board/publish', trader))
    expect(step()).toBe('kind')
    expect((byTestId('publish-kind-PROCUREMENT') as HTMLButtonElement).disabled).toBe(false)
    expect((byTestId('publish-kind-JOB') as HTMLButtonElement).disabled).toBe(true)
    expect((byTestId('publish-kind-INVENTORY') as HTMLButtonElement).disabled).toBe(true)

    await click('publish-next')
    expect(step()).toBe('kind')
    await vi.waitFor(() => expect(document.body.textContent).toContain('请选择要发布的信息类型'))

    await click('publish-kind-PROCUREMENT')
    await click('publish-next')
    expect(step()).toBe('common')
    await click('publish-next')
    expect(step()).toBe('common')
    await vi.waitFor(() => {
      expect(document.body.textContent).toContain('请选择省份')
      expect(document.body.textContent).toContain('请选择品类')
    })

    select('publish-province', '44')
    await flushPromises()
    select('publish-category', 'cat-1')
    await click('publish-next')
    expect(step()).toBe('details')
    await fill('publish-product-name', '保温杯')
    await fill('publish-quantity', '-5')
    await click('publish-next')
    expect(step()).toBe('details')
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写大于 0 的数字'))
    // nothing was sent while the form was incomplete
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('sends one Idempotency-Key per form: a retry after a failure and a double click reuse it', async () => {
    const fake = server((_call, attempt) =>
      attempt === 1
        ? problem(503, 'shared.unavailable', '服务暂时不可用')
        : json(201, aPosting(aSummary({ status: 'PENDING_REVIEW' }), { reviewFlagged: true, viewer: { own: true, favourite: false, mayReview: false } })),
    )
    await mountWith(PublishPage, await harness('/board/publish', trader))
    await fillProcurement()

    await click('publish-submit')
    expect(byTestId('publish-error').textContent).toContain('服务暂时不可用')
    // a double click on the retry
    byTestId('publish-submit').click()
    byTestId('publish-submit').click()
    await vi.waitFor(() => expect(byTestId('publish-done').dataset.status).toBe('PENDING_REVIEW'))

    const posts = fake.calls.filter((c) => c.method === 'POST' && c.path === '/api/board/postings')
    expect(posts).toHaveLength(2)
    const keys = posts.map((c) => c.headers.get('Idempotency-Key'))
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])
    expect(posts[1]!.body).toMatchObject({
      kind: 'PROCUREMENT',
      draft: false,
      provinceCode: '44',
      cityCode: '4403',
      categoryTagId: 'cat-1',
      procurement: { productName: '保温杯', quantity: 30000, unit: '个', deliveryDate: '2099-01-20', targetPrice: { min: 12.5, max: 15, currency: 'CNY' } },
    })
    expect(byTestId('publish-done').textContent).toContain('已提交审核')
    expect(byTestId('publish-flagged').textContent).toContain('含待人工复核内容')

    // another posting gets a new key
    await click('publish-another')
    expect(step()).toBe('kind')
  })

  it('marks blocked words where they were written and sends the author back to that step', async () => {
    server(() =>
      problem(422, 'board.blocked-words', '内容含有禁止发布的词语：微信。请修改后再提交。', {
        errors: [{ field: 'description', code: 'board.blocked-words', message: '内容含有禁止发布的词语：微信。请修改后再提交。' }],
        hits: [{ text: '微信', word: '微信', level: 'BLOCK', field: 'description' }],
      }),
    )
    await mountWith(PublishPage, await harness('/board/publish', trader))
    await fillProcurement('出口美国，详情加微信联系')
    await click('publish-submit')

    await vi.waitFor(() => expect(step()).toBe('common'))
    expect(byTestId('publish-error').textContent).toContain('禁止发布的词语：微信')
    const description = byTestId('publish-description').closest('.el-form-item')!
    await vi.waitFor(() => expect(description.textContent).toContain('含禁止发布的词语：微信'))
    expect(description.classList.contains('is-error')).toBe(true)

    // the review step shows the word marked in its text
    await click('publish-next')
    await click('publish-next')
    await click('publish-next')
    expect(step()).toBe('review')
    const marked = allByTestId('publish-blocked-word')
    expect(marked.map((m) => m.textContent)).toEqual(['微信'])
    expect(marked[0]!.closest('[data-field]')!.getAttribute('data-field')).toBe('description')
  })

  it('saves a draft, then edits it in place (PUT) and submits it without a second POST', async () => {
    const own = { own: true, favourite: false, mayReview: false }
    const draft = aPosting(aSummary({ id: 'draft-1', status: 'DRAFT' }), { viewer: own })
    const fake = server(
      () => json(201, draft),
      (call) => {
        if (call.method === 'PUT' && call.path === '/api/board/postings/draft-1') return json(200, draft)
        if (call.method === 'POST' && call.path === '/api/board/postings/draft-1/submit') return json(200, aPosting(aSummary({ id: 'draft-1', status: 'PENDING_REVIEW' }), { viewer: own }))
        return undefined
      },
    )
    await mountWith(PublishPage, await harness('/board/publish', trader))
    await fillProcurement()
    await click('publish-draft')
    await vi.waitFor(() => expect(byTestId('publish-done').dataset.status).toBe('DRAFT'))
    expect(fake.calls.find((c) => c.method === 'POST')!.body).toMatchObject({ draft: true })

    await click('publish-continue')
    expect(step()).toBe('review')
    await click('publish-submit')
    await vi.waitFor(() => expect(byTestId('publish-done').dataset.status).toBe('PENDING_REVIEW'))
    expect(fake.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/board/postings',
      'PUT /api/board/postings/draft-1',
      'POST /api/board/postings/draft-1/submit',
    ])
    expect(fake.calls.find((c) => c.method === 'PUT')!.body).not.toHaveProperty('kind')
  })
})
