import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aFeedback } from '../fixtures'
import FeedbackInboxPage from './FeedbackInboxPage.vue'

const operator = aMe({ permissions: ['board:feedback:manage'] })
const page = (items: unknown[]) => json(200, { items, page: 0, size: 20, total: items.length })

describe('FeedbackInboxPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows open feedback with a masked contact, reveals it on request and replies once', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/feedback') return page([aFeedback(), aFeedback({ id: 'fb-2', contact: null as unknown as string, content: '希望增加按距离排序' })])
      if (call.path === '/api/board/admin/feedback/fb-1/contact') return json(200, { contact: '13912345678' })
      if (call.path === '/api/board/admin/feedback/fb-1/reply') return json(200, aFeedback({ status: 'REPLIED', reply: '已联系工厂', repliedAt: '2026-11-21T02:00:00Z' }))
      if (call.path === '/api/board/admin/feedback/fb-2/close') return json(200, aFeedback({ id: 'fb-2', status: 'CLOSED' }))
      return undefined
    })
    await mountWith(FeedbackInboxPage, await harness('/admin/board/feedback', operator))
    expect(server.calls[0]!.search.get('status')).toBe('OPEN')
    const [first, second] = allByTestId('feedback')
    expect(first!.querySelector('[data-testid="feedback-contact"]')!.textContent).toContain('139****5678')
    expect(first!.textContent).toContain('临时工人')
    expect(second!.querySelector('[data-testid="feedback-contact"]')!.textContent).toContain('未留联系方式')

    ;(first!.querySelector('[data-testid="feedback-reveal"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('feedback-contact')[0]!.textContent).toContain('13912345678'))

    ;(allByTestId('feedback-send')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(byTestId('feedback-reply-error').textContent).toContain('请填写回复内容'))
    await fill('feedback-reply', '已联系工厂')
    ;(allByTestId('feedback-send')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('feedback')[0]!.dataset.status).toBe('REPLIED'))
    expect(server.calls.find((c) => c.path.endsWith('/reply'))!.body).toEqual({ reply: '已联系工厂' })
    expect(byTestId('feedback-reply-shown').textContent).toContain('已联系工厂')

    await click('feedback-close')
    await vi.waitFor(() => expect(allByTestId('feedback')[1]!.dataset.status).toBe('CLOSED'))
  })

  it('filters by status and category', async () => {
    const server = fakeServer((call) => (call.path === '/api/board/admin/feedback' ? page([]) : undefined))
    await mountWith(FeedbackInboxPage, await harness('/admin/board/feedback', operator))
    expect(byTestId('feedback-empty')).toBeTruthy()
    const status = byTestId('feedback-status') as HTMLSelectElement
    status.value = 'REPLIED'
    status.dispatchEvent(new Event('change'))
    const category = byTestId('feedback-category') as HTMLSelectElement
    category.value = 'ACCOUNT'
    category.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(server.calls.at(-1)!.search.get('category')).toBe('ACCOUNT'))
    expect(server.calls.at(-1)!.search.get('status')).toBe('REPLIED')
  })
})
