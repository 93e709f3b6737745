import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { SORTS, type SearchQuery, type SortOrder } from './api'

/** The facets the directory filters by, in the order the page shows them (query parameter = facet name). */
export const FACETS = ['industry', 'tag', 'province', 'city', 'exportCountry', 'region', 'certification', 'verified'] as const
export type FacetName = (typeof FACETS)[number]
type ListFacet = Exclude<FacetName, 'verified'>

export interface SearchState {
  q: string
  filters: Record<ListFacet, string[]>
  verified: boolean
  sort: SortOrder
  /** Distance from a place the user picked: a city (4 digits), a county (6) or a municipality (2)… */
  near?: string
  /** …or from the browser's position. */
  lat?: number
  lng?: number
  /** 0-based, as the API counts. */
  page: number
  size: number
}

export const PAGE_SIZE = 20

/** What `near` takes: a municipality (2 digits), a city (4) or a county (6). */
const PLACE_CODE = /^(\d{2}|\d{4}|\d{6})$/

/** Distance needs a place: a picked one or the browser's coordinates. */
export function hasPlace(state: Pick<SearchState, 'near' | 'lat' | 'lng'>): boolean {
  return Boolean(state.near) || (state.lat !== undefined && state.lng !== undefined)
}

/** Sorts by distance from a picked place (a city, county or municipality code). */
export function nearPlace(state: SearchState, code: string): SearchState {
  return { ...state, sort: 'distance', near: code, lat: undefined, lng: undefined, page: 0 }
}

/** Sorts by distance from the browser's position. */
export function nearPoint(state: SearchState, lat: number, lng: number): SearchState {
  return { ...state, sort: 'distance', near: undefined, lat, lng, page: 0 }
}

export function emptyState(): SearchState {
  return {
    q: '',
    filters: { industry: [], tag: [], province: [], city: [], exportCountry: [], region: [], certification: [] },
    verified: false,
    sort: 'relevance',
    page: 0,
    size: PAGE_SIZE,
  }
}

function list(value: LocationQuery[string] | undefined): string[] {
  if (value === undefined || value === null) return []
  const values = Array.isArray(value) ? value : [value]
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))]
}

function one(value: LocationQuery[string] | undefined): string {
  return list(value)[0] ?? ''
}

function number(value: LocationQuery[string] | undefined): number | undefined {
  const text = one(value)
  if (text === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

/** The page's address is the source of truth: back/forward and shared links restore the search. */
export function fromRoute(query: LocationQuery): SearchState {
  const state = emptyState()
  state.q = one(query.q)
  for (const facet of FACETS) {
    if (facet === 'verified') continue
    state.filters[facet] = list(query[facet])
  }
  state.verified = one(query.verified) === 'true'
  const sort = one(query.sort)
  state.sort = (SORTS as readonly string[]).includes(sort) ? (sort as SortOrder) : 'relevance'
  const near = one(query.near)
  state.near = PLACE_CODE.test(near) ? near : undefined
  state.lat = number(query.lat)
  state.lng = number(query.lng)
  if (state.sort === 'distance' && !hasPlace(state)) state.sort = 'relevance'
  const page = number(query.page)
  state.page = page !== undefined && page >= 1 ? Math.floor(page) - 1 : 0
  return state
}

/** The address for a state: only what differs from the defaults, pages counted from 1 for people. */
export function toRoute(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q.trim()) query.q = state.q.trim()
  for (const facet of FACETS) {
    if (facet === 'verified') continue
    if (state.filters[facet].length > 0) query[facet] = [...state.filters[facet]]
  }
  if (state.verified) query.verified = 'true'
  if (state.sort !== 'relevance') query.sort = state.sort
  if (state.sort === 'distance' && state.near) {
    query.near = state.near
  } else if (state.sort === 'distance' && state.lat !== undefined && state.lng !== undefined) {
    query.lat = state.lat.toFixed(4)
    query.lng = state.lng.toFixed(4)
  }
  if (state.page > 0) query.page = String(state.page + 1)
  return query
}

/** GET /api/directory/factories parameters: repeated filters (a OR b), different filters combined. */
export function toApiQuery(state: SearchState): SearchQuery {
  const query: SearchQuery = { page: state.page, size: state.size, sort: state.sort }
  if (state.q.trim()) query.q = state.q.trim()
  for (const facet of FACETS) {
    if (facet === 'verified') continue
    if (state.filters[facet].length > 0) query[facet] = [...state.filters[facet]]
  }
  if (state.verified) query.verified = true
  if (state.sort === 'distance' && state.near) {
    query.near = state.near
  } else if (state.sort === 'distance') {
    query.lat = state.lat
    query.lng = state.lng
  }
  return query
}

/** Ticks or unticks one facet value; any change of filters starts again from the first page. */
export function toggleFacet(state: SearchState, facet: FacetName, value: string): SearchState {
  const next: SearchState = { ...state, filters: { ...state.filters }, page: 0 }
  if (facet === 'verified') {
    next.verified = value === 'true' ? !state.verified : false
    return next
  }
  const current = state.filters[facet]
  next.filters[facet] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  // A city belongs to a province: unticking the province drops its cities.
  if (facet === 'province' && current.includes(value)) {
    next.filters.city = next.filters.city.filter((city) => !city.startsWith(value))
  }
  return next
}

export function isSelected(state: SearchState, facet: FacetName, value: string): boolean {
  if (facet === 'verified') return state.verified && value === 'true'
  return state.filters[facet].includes(value)
}

/** How many filter values are ticked (the phone's "filters (3)" button). */
export function activeFilterCount(state: SearchState): number {
  return FACETS.reduce((sum, facet) => sum + (facet === 'verified' ? (state.verified ? 1 : 0) : state.filters[facet].length), 0)
}

export function clearFilters(state: SearchState): SearchState {
  return { ...emptyState(), q: state.q, sort: state.sort, near: state.near, lat: state.lat, lng: state.lng, size: state.size }
}
