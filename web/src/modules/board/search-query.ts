import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { SORTS, type PostingKind, type SearchQuery, type SortOrder } from './api'

/** The list filters that travel in the page address (query parameter = API parameter). */
export const FILTERS = ['province', 'city', 'category', 'term', 'attribute'] as const
export type FilterName = (typeof FILTERS)[number]

export const PAGE_SIZE = 20

export interface BoardSearchState {
  /** The posting kind the section shows (undefined: every kind). */
  kind?: PostingKind
  q: string
  filters: Record<FilterName, string[]>
  /** Undefined: the default (relevance with a keyword, else newest). */
  sort?: SortOrder
  /** City code to measure distance from (sort DISTANCE). */
  near: string
  /** 0-based, as the API counts. */
  page: number
  size: number
}

/** Which filters a kind offers: categories for goods, job types for jobs, processes for OEM postings. */
export function filtersFor(kind: PostingKind | undefined): { category: boolean; term: 'JOB_TYPE' | 'PROCESS' | null } {
  switch (kind) {
    case 'PROCUREMENT':
    case 'INVENTORY':
      return { category: true, term: null }
    case 'JOB':
      return { category: false, term: 'JOB_TYPE' }
    case 'OEM_DEMAND':
    case 'OEM_SERVICE':
      return { category: false, term: 'PROCESS' }
    default:
      return { category: true, term: null }
  }
}

/** The fixed attribute choices per kind (values as the server indexes them); countries and certificates come from facets. */
export const KIND_ATTRIBUTES: Record<PostingKind, readonly string[]> = {
  PROCUREMENT: [],
  INVENTORY: ['sale:WHOLESALE', 'sale:CONSIGNMENT'],
  JOB: ['wage:DAILY', 'wage:HOURLY', 'wage:PIECE', 'meals:yes', 'housing:yes'],
  OEM_DEMAND: [],
  OEM_SERVICE: ['quote:PER_PIECE', 'quote:PER_HOUR', 'quote:PER_MOULD', 'quote:PER_BATCH', 'quote:BY_DRAWING', 'samples:yes'],
}

export function emptyState(kind?: PostingKind): BoardSearchState {
  return {
    kind,
    q: '',
    filters: { province: [], city: [], category: [], term: [], attribute: [] },
    sort: undefined,
    near: '',
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

/** The page's address is the source of truth: back/forward and shared links restore the list. */
export function fromRoute(kind: PostingKind | undefined, query: LocationQuery): BoardSearchState {
  const state = emptyState(kind)
  state.q = one(query.q)
  for (const filter of FILTERS) state.filters[filter] = list(query[filter])
  const sort = one(query.sort).toUpperCase()
  state.sort = (SORTS as readonly string[]).includes(sort) ? (sort as SortOrder) : undefined
  state.near = /^\d{4}$/.test(one(query.near)) ? one(query.near) : ''
  const page = Number(one(query.page))
  state.page = Number.isInteger(page) && page >= 1 ? page - 1 : 0
  return state
}

/** The address for a state: only what differs from the defaults, pages counted from 1 for people. */
export function toRoute(state: BoardSearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q.trim()) query.q = state.q.trim()
  for (const filter of FILTERS) if (state.filters[filter].length > 0) query[filter] = [...state.filters[filter]]
  if (state.sort) query.sort = state.sort.toLowerCase()
  if (state.sort === 'DISTANCE' && state.near) query.near = state.near
  if (state.page > 0) query.page = String(state.page + 1)
  return query
}

/** The sort the list really uses: distance needs a city (the chosen one, else the first city filtered by). */
export function effectiveSort(state: BoardSearchState): { sort: SortOrder; near?: string } {
  if (state.sort === 'DISTANCE') {
    const near = state.near || state.filters.city[0]
    if (near) return { sort: 'DISTANCE', near }
    return { sort: state.q.trim() ? 'RELEVANCE' : 'NEWEST' }
  }
  if (state.sort === 'RELEVANCE' && !state.q.trim()) return { sort: 'NEWEST' }
  return { sort: state.sort ?? (state.q.trim() ? 'RELEVANCE' : 'NEWEST') }
}

/** GET /api/board/postings parameters: repeated values of one filter are alternatives, different filters combine. */
export function toApiQuery(state: BoardSearchState): SearchQuery {
  const { sort, near } = effectiveSort(state)
  const query: SearchQuery = { sort, page: state.page, size: state.size, facets: true }
  if (state.kind) query.kind = state.kind
  if (state.q.trim()) query.q = state.q.trim()
  for (const filter of FILTERS) if (state.filters[filter].length > 0) query[filter] = [...state.filters[filter]]
  if (near) query.near = near
  return query
}

/** Ticks or unticks one value; any change of filters starts again from the first page. */
export function toggleFilter(state: BoardSearchState, filter: FilterName, value: string): BoardSearchState {
  const current = state.filters[filter]
  const next: BoardSearchState = { ...state, filters: { ...state.filters }, page: 0 }
  next.filters[filter] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  // A city belongs to a province: unticking the province drops its cities.
  if (filter === 'province' && current.includes(value)) {
    next.filters.city = next.filters.city.filter((city) => !city.startsWith(value))
  }
  return next
}

/** Sets one filter to a single value (or none): the pickers that choose one province, one city, one category. */
export function setFilter(state: BoardSearchState, filter: FilterName, value: string): BoardSearchState {
  const next: BoardSearchState = { ...state, filters: { ...state.filters }, page: 0 }
  next.filters[filter] = value ? [value] : []
  if (filter === 'province') next.filters.city = next.filters.city.filter((city) => value && city.startsWith(value))
  if (filter === 'city' && value) next.filters.province = [value.slice(0, 2)]
  return next
}

/** Another section keeps the keyword and the place; its own filters start empty. */
export function switchKind(state: BoardSearchState, kind: PostingKind | undefined): BoardSearchState {
  const next = emptyState(kind)
  next.q = state.q
  next.filters.province = [...state.filters.province]
  next.filters.city = [...state.filters.city]
  next.sort = state.sort
  next.near = state.near
  return next
}

export function activeFilterCount(state: BoardSearchState): number {
  return FILTERS.reduce((sum, filter) => sum + state.filters[filter].length, 0)
}

export function clearFilters(state: BoardSearchState): BoardSearchState {
  return { ...emptyState(state.kind), q: state.q, sort: state.sort, near: state.near }
}
