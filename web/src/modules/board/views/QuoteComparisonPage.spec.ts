import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { aPosting, aQuote, aSummary } from '../fixtures'
import QuoteComparisonPage from './QuoteComparisonPage.vue'

const buyer = aMe({ permissions: ['board:quote:decide', 'board:contact:create', 'board:posting:manage'], capabilities: ['BUY_B2B'] })
const quotes = [
  aQuote({ id: 'q-a', factory: { id: 'org-a', name: '宁波甲厂', type: 'FACTORY', verified: true }, unitPrice: 13.2, moq: 5000, leadTimeDays: 30 }),
  aQuote({ id: 'q-b', factory: { id: 'org-b', name: '永康乙厂', type: 'FACTORY', verified: false }, unitPrice: 12.8, moq: 10000, leadTimeDays: 45 }),
  aQuote({ id: 'q-c', factory: { id: 'org-c', name: '东莞丙厂', type: 'FACTORY', verified: true }, unitPrice: 14, moq: 3000, leadTimeDays: 20 }),
]
const contacts = [
  {
    id: 'c-1',
    postingId: 'post-1',
    postingTitle: '求购 保温杯 30000 个',
    postingKind: 'PROCUREMENT',
    counterpart: { id: 'org-b', name: '永康乙厂', type: 'FACTORY', verified: false },
    initiatedByMe: false,
    conversationId: 'conv-9',
    createdAt: '2026-11-21T03:00:00Z',
    dealMarkedAt: null,
    dealMarkedByMe: false,
  },
]

function server() {
  return fakeServer((call) => {
    if (call.path === '/api/board/postings/post-1') return json(200, aPosting(aSummary({ quoteCount: 3 }), { viewer: { own: true, favourite: false, mayReview: false } }))
    if (call.path === '/api/board/postings/post-1/quotes') return json(200, quotes)
    if (call.path === '/api/board/contacts') return json(200, contacts)
    if (call.method === 'POST' && call.path === '/api/board/quotes/q-b/shortlist') return json(200, { ...quotes[1], status: 'SHORTLISTED' })
    return undefined
  })
}

const factories = () => allByTestId('compare-factory').map((th) => th.dataset.quoteId)

describe('QuoteComparisonPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('puts the quotes side by side, cheapest first, marks the best values, and re-sorts by MOQ and lead time', async () => {
    server()
    const h = await harness('/board/postings/post-1/quotes', buyer)
    await mountWith(QuoteComparisonPage, h)
    expect(factories()).toEqual(['q-b', 'q-a', 'q-c'])
    expect(allByTestId('compare-price').map((td) => td.textContent?.trim())).toEqual(['¥12.80', '¥13.20', '¥14.00'])
    expect(allByTestId('compare-price')[0]!.classList.contains('is-best')).toBe(true)
    expect(allByTestId('compare-moq')[2]!.classList.contains('is-best')).toBe(true)

    const sort = byTestId('compare-sort') as HTMLSelectElement
    sort.value = 'moq'
    sort.dispatchEvent(new Event('change', { bubbles: true }))
    await vi.waitFor(() => expect(h.router.currentRoute.value.query.sort).toBe('moq'))
    await flushPromises()
    expect(factories()).toEqual(['q-c', 'q-a', 'q-b'])

    sort.value = 'leadTime'
    sort.dispatchEvent(new Event('change', { bubbles: true }))
    await vi.waitFor(() => expect(factories()).toEqual(['q-c', 'q-a', 'q-b']))
  })

  it('shortlists a quote, and opens the conversation the factory started', async () => {
    const fake = server()
    const h = await harness('/board/postings/post-1/quotes', buyer)
    await mountWith(QuoteComparisonPage, h)
    const column = factories().indexOf('q-b')
    allByTestId('compare-shortlist')[column]!.click()
    await vi.waitFor(() => expect(allByTestId('compare-status')[column]!.dataset.status).toBe('SHORTLISTED'))
    expect(fake.calls.some((c) => c.method === 'POST' && c.path === '/api/board/quotes/q-b/shortlist')).toBe(true)

    // only 乙厂 has written: the others say so
    expect(allByTestId('compare-contact')).toHaveLength(1)
    expect(allByTestId('compare-no-conversation')).toHaveLength(2)
    byTestId('compare-contact').click()
    await vi.waitFor(() => expect(h.router.currentRoute.value.path).toBe('/chat/conversations/conv-9'))
  })
})
