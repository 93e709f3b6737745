import { describe, expect, it } from 'vitest'
import { activeFilterCount, effectiveSort, fromRoute, setFilter, switchKind, toApiQuery, toggleFilter, toRoute } from './search-query'

describe('board search state', () => {
  it('reads the address and turns it into the API query (kind from the section, repeated filters, 0-based page)', () => {
    const state = fromRoute('JOB', { q: '缝纫', province: '33', city: ['3301'], term: ['term-sew', 'term-pack'], attribute: 'housing:yes', page: '3' })
    expect(toApiQuery(state)).toEqual({
      kind: 'JOB',
      q: '缝纫',
      province: ['33'],
      city: ['3301'],
      term: ['term-sew', 'term-pack'],
      attribute: ['housing:yes'],
      sort: 'RELEVANCE',
      page: 2,
      size: 20,
      facets: true,
    })
    expect(toRoute(state)).toEqual({ q: '缝纫', province: ['33'], city: ['3301'], term: ['term-sew', 'term-pack'], attribute: ['housing:yes'], page: '3' })
    expect(activeFilterCount(state)).toBe(5)
  })

  it('sorts newest without a keyword, and by distance only from a city', () => {
    expect(effectiveSort(fromRoute(undefined, {}))).toEqual({ sort: 'NEWEST' })
    expect(effectiveSort(fromRoute(undefined, { sort: 'distance' }))).toEqual({ sort: 'NEWEST' })
    expect(effectiveSort(fromRoute(undefined, { sort: 'distance', city: '3301' }))).toEqual({ sort: 'DISTANCE', near: '3301' })
    expect(toApiQuery(fromRoute(undefined, { sort: 'distance', near: '4403', city: '3301' }))).toMatchObject({ sort: 'DISTANCE', near: '4403' })
    expect(toApiQuery(fromRoute('INVENTORY', { sort: 'quantity' }))).toMatchObject({ sort: 'QUANTITY', kind: 'INVENTORY' })
    // nonsense in the address falls back to the defaults
    expect(fromRoute(undefined, { sort: 'cheapest', near: 'x', page: '-2' })).toMatchObject({ sort: undefined, near: '', page: 0 })
  })

  it('starts from the first page when a filter changes; a province takes its cities with it', () => {
    let state = fromRoute('JOB', { province: '33', city: '3301', page: '4' })
    state = toggleFilter(state, 'term', 'term-sew')
    expect(state.page).toBe(0)
    expect(state.filters.term).toEqual(['term-sew'])
    expect(toggleFilter(state, 'province', '33').filters.city).toEqual([])
    // picking a city picks its province
    expect(setFilter(fromRoute('JOB', {}), 'city', '4403').filters).toMatchObject({ province: ['44'], city: ['4403'] })
    expect(setFilter(state, 'province', '44').filters.city).toEqual([])
  })

  it('keeps the keyword and the place when switching sections, and drops the other kind’s filters', () => {
    const state = fromRoute('JOB', { q: '杭州', province: '33', city: '3301', term: 'term-sew', attribute: 'housing:yes' })
    const next = switchKind(state, 'PROCUREMENT')
    expect(next.kind).toBe('PROCUREMENT')
    expect(next.filters).toEqual({ province: ['33'], city: ['3301'], category: [], term: [], attribute: [] })
    expect(next.q).toBe('杭州')
  })
})
