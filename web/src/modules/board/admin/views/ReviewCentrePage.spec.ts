import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aContent, aPosting } from '../fixtures'
import ReviewCentrePage from './ReviewCentrePage.vue'

const reviewer = aMe({ permissions: ['board:review:decide'] })
const page = (items: unknown[]) => json(200, { items, page: 0, size: 20, total: items.length })

describe('ReviewCentrePage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  const revised = () =>
    aPosting({
      id: 'post-2',
      revision: true,
      flagged: true,
      pending: aContent({ title: '求购 保温杯 50000 个', description: '出口美国，加微信 abc123 详谈' }),
    })

  it('lists the queue with flags and filters by kind and flagged only', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/reviews') return page([aPosting(), revised()])
      if (call.path === '/api/board/terms') return json(200, [])
      return undefined
    })
    await mountWith(ReviewCentrePage, await harness('/admin/board/reviews', reviewer))
    const rows = allByTestId('review-item')
    expect(rows.map((r) => r.dataset.id)).toEqual(['post-1', 'post-2'])
    expect(rows[1]!.querySelector('[data-testid="review-revision"]')?.textContent).toContain('修改待审')
    expect(rows[1]!.querySelector('[data-testid="review-flag"]')?.textContent).toContain('命中关键词')
    expect(rows[1]!.querySelector('[data-testid="review-hits"]')?.textContent).toContain('微信')
    expect(rows[0]!.querySelector('[data-testid="review-flag"]')).toBeNull()
    // the reviewer sees the title of the version to decide on
    expect(rows[1]!.textContent).toContain('求购 保温杯 50000 个')

    const reviews = () => server.calls.filter((c) => c.path === '/api/board/admin/reviews')
    expect(reviews()[0]!.search.get('flagged')).toBe('false')
    const kind = byTestId('review-kind') as HTMLSelectElement
    kind.value = 'OEM_DEMAND'
    kind.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(reviews().at(-1)!.search.get('kind')).toBe('OEM_DEMAND'))
    ;(byTestId('review-flagged') as HTMLInputElement).click()
    await vi.waitFor(() => expect(reviews().at(-1)!.search.get('flagged')).toBe('true'))
  })

  it('shows a new version beside the live one, the changes flagged and the hits marked', async () => {
    fakeServer((call) => {
      if (call.path === '/api/board/admin/reviews') return page([revised()])
      if (call.path === '/api/board/terms') return json(200, [])
      return undefined
    })
    await mountWith(ReviewCentrePage, await harness('/admin/board/reviews', reviewer))
    await click('review-open')
    await vi.waitFor(() => expect(byTestId('review-compare')).toBeTruthy())
    const live = byTestId('review-live')
    const pending = byTestId('review-pending')
    expect(live.textContent).toContain('当前展示的版本')
    expect(live.querySelector('[data-field="title"]')!.textContent).toContain('求购 保温杯 30000 个')
    const changedTitle = pending.querySelector<HTMLElement>('[data-field="title"]')!
    expect(changedTitle.dataset.changed).toBe('true')
    expect(changedTitle.textContent).toContain('50000')
    expect(pending.querySelector<HTMLElement>('[data-field="productName"]')!.dataset.changed).toBe('false')
    const marks = pending.querySelectorAll('[data-testid="hit-mark"]')
    expect([...marks].map((m) => m.textContent)).toEqual(['微信'])
    expect(byTestId('review-detail-hits').textContent).toContain('需人工审核')
    // places by name, prices as a range
    expect(pending.querySelector('[data-field="region"]')!.textContent).toContain('广东省 深圳市')
    expect(pending.querySelector('[data-field="targetPrice"]')!.textContent).toContain('12.5–15 CNY')
  })

  it('rejects one with a reason, and decides a batch reporting each posting', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/reviews') return page([aPosting(), aPosting({ id: 'post-2', title: '求购 餐具 500 套' })])
      if (call.path === '/api/board/terms') return json(200, [])
      if (call.path === '/api/board/admin/reviews/post-1/reject') return json(200, aPosting())
      if (call.path === '/api/board/admin/reviews/batch') {
        return json(200, [
          { postingId: 'post-1', done: true, code: null },
          { postingId: 'post-2', done: false, code: 'board.review-decided' },
        ])
      }
      return undefined
    })
    await mountWith(ReviewCentrePage, await harness('/admin/board/reviews', reviewer))
    ;(allByTestId('review-reject')[0] as HTMLButtonElement).click()
    await flushPromises()
    await click('review-reject-confirm')
    expect(byTestId('review-reason-error').textContent).toContain('请填写驳回原因')
    await fill('review-reason', '图片与描述不符')
    await click('review-reject-confirm')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/board/admin/reviews/post-1/reject')).toBe(true))
    expect(server.calls.find((c) => c.path === '/api/board/admin/reviews/post-1/reject')!.body).toEqual({ reason: '图片与描述不符' })

    await vi.waitFor(() => expect(allByTestId('review-select')).toHaveLength(2))
    ;(byTestId('review-select-all') as HTMLInputElement).click()
    await flushPromises()
    expect(byTestId('review-selected').textContent).toContain('已选 2 条')
    await click('review-batch-approve')
    await vi.waitFor(() => expect(allByTestId('review-outcome')).toHaveLength(2))
    expect(server.calls.find((c) => c.path === '/api/board/admin/reviews/batch')!.body).toEqual({ postingIds: ['post-1', 'post-2'], approve: true })
    const [done, failed] = allByTestId('review-outcome')
    expect(done!.dataset.done).toBe('true')
    expect(failed!.dataset.done).toBe('false')
    expect(failed!.textContent).toContain('求购 餐具 500 套')
    expect(failed!.textContent).toContain('已被其他审核员处理')
    expect(byTestId('review-outcome-summary').textContent).toContain('成功 1 条，未处理 1 条')
  })

  it('rejects a selection with one reason', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/reviews') return page([aPosting(), aPosting({ id: 'post-2' })])
      if (call.path === '/api/board/terms') return json(200, [])
      if (call.path === '/api/board/admin/reviews/batch') return json(200, [{ postingId: 'post-2', done: true, code: null }])
      return undefined
    })
    await mountWith(ReviewCentrePage, await harness('/admin/board/reviews', reviewer))
    ;(allByTestId('review-select')[1] as HTMLInputElement).click()
    await flushPromises()
    await click('review-batch-reject')
    await fill('review-reason', '重复发布')
    await click('review-reject-confirm')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/board/admin/reviews/batch')).toBe(true))
    expect(server.calls.find((c) => c.path === '/api/board/admin/reviews/batch')!.body).toEqual({ postingIds: ['post-2'], approve: false, reason: '重复发布' })
  })
})
