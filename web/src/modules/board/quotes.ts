import type { Quote, QuoteStatus } from './api'

/** How the buyer orders the quotes side by side. */
export const QUOTE_SORTS = ['price', 'moq', 'leadTime', 'validity', 'newest'] as const
export type QuoteSort = (typeof QUOTE_SORTS)[number]

type Comparable = Pick<Quote, 'id' | 'unitPrice' | 'currency' | 'moq' | 'leadTimeDays' | 'validUntil' | 'createdAt' | 'status'>

const CLOSED: readonly QuoteStatus[] = ['DECLINED', 'WITHDRAWN']

/** Quotes still in the running: submitted, shortlisted or accepted. */
export function isOpen(quote: Pick<Quote, 'status'>): boolean {
  return !CLOSED.includes(quote.status)
}

function num(value: number | string): number {
  return typeof value === 'string' ? Number(value) : value
}

/** The currency most open quotes use: prices in other currencies are not compared with it. */
export function mainCurrency(quotes: readonly Comparable[]): string | undefined {
  const counts = new Map<string, number>()
  for (const q of quotes.filter(isOpen)) counts.set(q.currency, (counts.get(q.currency) ?? 0) + 1)
  let best: string | undefined
  let most = 0
  for (const [currency, count] of counts) {
    if (count > most) {
      best = currency
      most = count
    }
  }
  return best
}

/**
 * The quotes in the buyer's order: open ones before declined and withdrawn ones; by price within the main currency
 * (other currencies after it, by currency then price); MOQ and lead time ascending; validity longest first; newest
 * first. Ties keep the cheaper quote first, then the earlier one, so the order is stable.
 */
export function sortQuotes<T extends Comparable>(quotes: readonly T[], by: QuoteSort): T[] {
  const main = mainCurrency(quotes)
  const byPrice = (a: T, b: T) => {
    const aMain = a.currency === main ? 0 : 1
    const bMain = b.currency === main ? 0 : 1
    if (aMain !== bMain) return aMain - bMain
    if (a.currency !== b.currency) return a.currency.localeCompare(b.currency)
    return num(a.unitPrice) - num(b.unitPrice)
  }
  const primary: Record<QuoteSort, (a: T, b: T) => number> = {
    price: byPrice,
    moq: (a, b) => num(a.moq) - num(b.moq),
    leadTime: (a, b) => a.leadTimeDays - b.leadTimeDays,
    validity: (a, b) => b.validUntil.localeCompare(a.validUntil),
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  }
  return [...quotes].sort(
    (a, b) =>
      Number(!isOpen(a)) - Number(!isOpen(b)) ||
      primary[by](a, b) ||
      byPrice(a, b) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  )
}

/** The best open value per column (lowest price in the main currency, lowest MOQ, shortest lead time). */
export function bestValues(quotes: readonly Comparable[]): { price?: number; moq?: number; leadTime?: number } {
  const open = quotes.filter(isOpen)
  const main = mainCurrency(quotes)
  const prices = open.filter((q) => q.currency === main).map((q) => num(q.unitPrice))
  return {
    price: prices.length ? Math.min(...prices) : undefined,
    moq: open.length ? Math.min(...open.map((q) => num(q.moq))) : undefined,
    leadTime: open.length ? Math.min(...open.map((q) => q.leadTimeDays)) : undefined,
  }
}

/** What the buyer may still do with a quote (the server refuses anything else). */
export function quoteActions(quote: Pick<Quote, 'status'>): { shortlist: boolean; accept: boolean; decline: boolean } {
  return {
    shortlist: quote.status === 'SUBMITTED',
    accept: quote.status === 'SUBMITTED' || quote.status === 'SHORTLISTED',
    decline: quote.status === 'SUBMITTED' || quote.status === 'SHORTLISTED',
  }
}
