import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import FeedbackPage from './FeedbackPage.vue'

const member = aMe({ permissions: ['board:contact:create'] })

describe('FeedbackPage', { timeout: 30_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('sends the feedback with its category and thanks the user', async () => {
    const fake = fakeServer((call) => (call.method === 'POST' && call.path === '/api/board/feedback' ? json(201, { id: 'f-1', status: 'OPEN' }) : undefined))
    await mountWith(FeedbackPage, await harness('/board/feedback', member))
    await click('feedback-send')
    await vi.waitFor(() => expect(document.body.textContent).toContain('必填'))
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    await fill('feedback-content', '希望可以按工期筛选用工信息')
    await click('feedback-send')
    await vi.waitFor(() => expect(byTestId('feedback-sent')).toBeTruthy())
    const sent = fake.calls.find((c) => c.method === 'POST')!
    expect(sent.body).toEqual({ category: 'SUGGESTION', content: '希望可以按工期筛选用工信息' })
    expect(sent.headers.get('X-XSRF-TOKEN')).toBe('test-token')
  })

  it('says feedback is not open yet where the server has no such endpoint', async () => {
    fakeServer(() => undefined)
    await mountWith(FeedbackPage, await harness('/board/feedback', member))
    await fill('feedback-content', '测试')
    await click('feedback-send')
    await vi.waitFor(() => expect(byTestId('feedback-unavailable')).toBeTruthy())
    expect(document.querySelector('[data-testid="feedback-content"]')).toBeNull()
  })
})
