import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aReview, regions } from '../../fixtures'
import ReviewQueuePage from './ReviewQueuePage.vue'

const reviewer = aMe({ permissions: ['directory:review:decide'] })

describe('ReviewQueuePage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lists pending reviews with counters, highlights overdue ones and filters through the query', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/regions') return json(200, regions)
      if (call.path === '/api/directory/admin/reviews') {
        return json(200, { items: [aReview({ overdue: true }), aReview({ id: 'rev-2', companyName: '乙工厂' })], page: 0, size: 20, total: 2, pending: 5, overdue: 1 })
      }
      return undefined
    })
    await mountWith(ReviewQueuePage, await harness('/admin/directory/reviews', reviewer))
    const rows = allByTestId('review-row')
    expect(rows.map((r) => r.tagName)).toEqual(['TR', 'TR'])
    expect(rows.map((r) => r.dataset.overdue)).toEqual(['true', 'false'])
    expect(rows[0]!.classList.contains('row--overdue')).toBe(true)
    expect(byTestId('review-pending-count').textContent).toContain('5')
    expect(byTestId('review-overdue-count').textContent).toContain('1')
    expect(document.body.textContent).toContain('1 个工作日')
    expect(server.calls.find((c) => c.path === '/api/directory/admin/reviews')!.search.get('status')).toBe('PENDING')

    await fill('review-search', '恒温')
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === '/api/directory/admin/reviews').at(-1)!.search.get('q')).toBe('恒温'), { timeout: 5000 })
    ;(byTestId('review-filter-overdue') as HTMLInputElement).click()
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === '/api/directory/admin/reviews').at(-1)!.search.get('overdue')).toBe('true'))
  })

  it('rejects with a reason and approves a batch, showing each item', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/regions') return json(200, regions)
      if (call.path === '/api/directory/admin/reviews') {
        return json(200, { items: [aReview(), aReview({ id: 'rev-2', companyName: '乙工厂' })], page: 0, size: 20, total: 2, pending: 2, overdue: 0 })
      }
      if (call.path === '/api/directory/admin/reviews/rev-1/reject') return json(200, aReview({ status: 'REJECTED', reason: (call.body as { reason: string }).reason }))
      if (call.path === '/api/directory/admin/reviews/approvals') return json(200, { approved: ['rev-1'], failed: { 'rev-2': 'directory.review-decided' } })
      return undefined
    })
    await mountWith(ReviewQueuePage, await harness('/admin/directory/reviews', reviewer))
    ;(allByTestId('review-open')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(byTestId('review-licence').dataset.fileId).toBe('file-1'))
    expect(byTestId('review-licence').querySelector('img')?.getAttribute('src')).toBe('/api/files/file-1')
    await click('review-reject')
    await fill('review-reject-reason', '营业执照模糊')
    await click('review-reject-submit')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/directory/admin/reviews/rev-1/reject')).toBe(true))
    expect(server.calls.find((c) => c.path === '/api/directory/admin/reviews/rev-1/reject')!.body).toEqual({ reason: '营业执照模糊' })

    await vi.waitFor(() => expect(allByTestId('review-select')).toHaveLength(2))
    for (const box of allByTestId('review-select')) (box as HTMLInputElement).click()
    await flushPromises()
    await click('review-batch-approve')
    await vi.waitFor(() => expect(allByTestId('review-batch-failure')).toHaveLength(1))
    expect(server.calls.find((c) => c.path === '/api/directory/admin/reviews/approvals')!.body).toEqual({ reviewIds: ['rev-1', 'rev-2'] })
    expect(byTestId('review-batch-failure').textContent).toContain('已被处理过')
  })
})
