import { describe, expect, it } from 'vitest'
import { aQuote } from './fixtures'
import { bestValues, quoteActions, sortQuotes } from './quotes'

const quotes = [
  aQuote({ id: 'a', unitPrice: 13.2, moq: 5000, leadTimeDays: 30, validUntil: '2026-12-31', createdAt: '2026-11-21T02:00:00Z' }),
  aQuote({ id: 'b', unitPrice: 12.8, moq: 10000, leadTimeDays: 45, validUntil: '2027-01-15', createdAt: '2026-11-22T02:00:00Z' }),
  aQuote({ id: 'c', unitPrice: 1.9, currency: 'USD', moq: 3000, leadTimeDays: 25, validUntil: '2026-12-20', createdAt: '2026-11-23T02:00:00Z' }),
  aQuote({ id: 'd', unitPrice: 11, moq: 1000, leadTimeDays: 20, status: 'DECLINED', createdAt: '2026-11-20T02:00:00Z' }),
  aQuote({ id: 'e', unitPrice: 12.8, moq: 8000, leadTimeDays: 35, status: 'SHORTLISTED', createdAt: '2026-11-21T05:00:00Z' }),
]
const ids = (list: { id: string }[]) => list.map((q) => q.id)

describe('quote comparison', () => {
  it('sorts by price within the main currency, other currencies after it, declined quotes last', () => {
    // b and e tie on price: the earlier quote first
    expect(ids(sortQuotes(quotes, 'price'))).toEqual(['e', 'b', 'a', 'c', 'd'])
  })

  it('sorts by MOQ, lead time, validity and newest, open quotes first every time', () => {
    expect(ids(sortQuotes(quotes, 'moq'))).toEqual(['c', 'a', 'e', 'b', 'd'])
    expect(ids(sortQuotes(quotes, 'leadTime'))).toEqual(['c', 'a', 'e', 'b', 'd'])
    expect(ids(sortQuotes(quotes, 'validity'))[0]).toBe('b')
    expect(ids(sortQuotes(quotes, 'newest'))).toEqual(['c', 'b', 'e', 'a', 'd'])
  })

  it('marks the best open values (a declined quote does not count)', () => {
    expect(bestValues(quotes)).toEqual({ price: 12.8, moq: 3000, leadTime: 25 })
  })

  it('offers only the decisions the server allows', () => {
    expect(quoteActions(aQuote({ status: 'SUBMITTED' }))).toEqual({ shortlist: true, accept: true, decline: true })
    expect(quoteActions(aQuote({ status: 'SHORTLISTED' }))).toEqual({ shortlist: false, accept: true, decline: true })
    expect(quoteActions(aQuote({ status: 'ACCEPTED' }))).toEqual({ shortlist: false, accept: false, decline: false })
  })
})
