import { describe, expect, it } from 'vitest'
import { activeFilterCount, clearFilters, emptyState, fromRoute, isSelected, nearPlace, nearPoint, toApiQuery, toggleFacet, toRoute } from './search-query'

describe('directory search query', () => {
  it('reads filters, sort and page from the address, dropping junk', () => {
    const state = fromRoute({ q: '保温杯', province: ['44', '44', ''], tag: 'daily-goods.vacuum-flask', verified: 'true', sort: 'newest', page: '3' })
    expect(state.q).toBe('保温杯')
    expect(state.filters.province).toEqual(['44'])
    expect(state.filters.tag).toEqual(['daily-goods.vacuum-flask'])
    expect(state.verified).toBe(true)
    expect(state.sort).toBe('newest')
    expect(state.page).toBe(2)
    expect(fromRoute({ sort: 'cheapest', page: '-1' })).toMatchObject({ sort: 'relevance', page: 0 })
  })

  it('falls back from distance to relevance without a place', () => {
    expect(fromRoute({ sort: 'distance' }).sort).toBe('relevance')
    expect(fromRoute({ sort: 'distance', lat: '22.54', lng: '113.93' })).toMatchObject({ sort: 'distance', lat: 22.54, lng: 113.93 })
  })

  it('sorts by distance from a picked city, county or municipality, or from a point', () => {
    const fromCity = nearPlace({ ...emptyState(), q: '保温杯', page: 3 }, '4419')
    expect(fromCity).toMatchObject({ sort: 'distance', near: '4419', page: 0 })
    expect(toRoute(fromCity)).toEqual({ q: '保温杯', sort: 'distance', near: '4419' })
    expect(toApiQuery(fromCity)).toMatchObject({ sort: 'distance', near: '4419' })
    expect(toApiQuery(fromCity)).not.toHaveProperty('lat')
    expect(fromRoute({ sort: 'distance', near: '11' })).toMatchObject({ sort: 'distance', near: '11' })
    expect(fromRoute({ sort: 'distance', near: '440305' }).near).toBe('440305')
    // A near that is no division code is dropped, and with it the distance sort.
    expect(fromRoute({ sort: 'distance', near: 'shenzhen' })).toMatchObject({ sort: 'relevance', near: undefined })
    // The browser's position replaces a picked place, and the other way round.
    const fromPoint = nearPoint(fromCity, 22.54, 113.93)
    expect(toRoute(fromPoint)).toEqual({ q: '保温杯', sort: 'distance', lat: '22.5400', lng: '113.9300' })
    expect(toRoute(nearPlace(fromPoint, '3302'))).toEqual({ q: '保温杯', sort: 'distance', near: '3302' })
    // Another sort leaves the place out of the address.
    expect(toRoute({ ...fromCity, sort: 'newest' })).toEqual({ q: '保温杯', sort: 'newest' })
  })

  it('writes only what differs from the defaults, pages from 1', () => {
    expect(toRoute(emptyState())).toEqual({})
    const state = { ...emptyState(), q: ' 纺织 ', page: 1, filters: { ...emptyState().filters, city: ['4403'] } }
    expect(toRoute(state)).toEqual({ q: '纺织', city: ['4403'], page: '2' })
    expect(fromRoute(toRoute(state) as never)).toMatchObject({ q: '纺织', page: 1 })
  })

  it('builds the API query with repeated filters, verified as a boolean and lat/lng only for distance', () => {
    const state = fromRoute({ q: '保温杯', province: ['44', '33'], exportCountry: 'US', verified: 'true' })
    expect(toApiQuery(state)).toEqual({ q: '保温杯', province: ['44', '33'], exportCountry: ['US'], verified: true, sort: 'relevance', page: 0, size: 20 })
    const near = fromRoute({ sort: 'distance', lat: '22.5', lng: '114' })
    expect(toApiQuery(near)).toMatchObject({ sort: 'distance', lat: 22.5, lng: 114 })
    expect(toApiQuery(fromRoute({ lat: '1', lng: '2' }))).not.toHaveProperty('lat')
  })

  it('toggles facet values from the first page; unticking a province drops its cities', () => {
    let state = { ...emptyState(), page: 4 }
    state = toggleFacet(state, 'province', '44')
    expect(state.page).toBe(0)
    expect(isSelected(state, 'province', '44')).toBe(true)
    state = toggleFacet(state, 'city', '4403')
    state = toggleFacet(state, 'city', '3301')
    state = toggleFacet(state, 'province', '44')
    expect(state.filters.province).toEqual([])
    expect(state.filters.city).toEqual(['3301'])
    state = toggleFacet(state, 'verified', 'true')
    expect(isSelected(state, 'verified', 'true')).toBe(true)
    expect(activeFilterCount(state)).toBe(2)
    state = toggleFacet(state, 'verified', 'true')
    expect(state.verified).toBe(false)
  })

  it('clears filters but keeps the words and the sort', () => {
    const state = fromRoute({ q: '餐具', sort: 'newest', province: '44', verified: 'true', page: '2' })
    expect(clearFilters(state)).toMatchObject({ q: '餐具', sort: 'newest', verified: false, page: 0 })
    expect(activeFilterCount(clearFilters(state))).toBe(0)
  })
})
