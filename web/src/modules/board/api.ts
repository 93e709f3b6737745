import { api, unwrap } from '@/shared/api'
import { CSRF_HEADER } from '@/shared/api/client'
import { ApiError, parseProblem } from '@/shared/api/problem'
import { csrfToken, postFormWithProgress } from '@/shared/api/upload'
import type { QueryParams, RequestBody, ResponseBody } from '@/shared/api/types'
import { activeLocale } from '@/shared/locale'

export type PostingKind = 'PROCUREMENT' | 'INVENTORY' | 'JOB' | 'OEM_DEMAND' | 'OEM_SERVICE'
export type PostingStatus = 'DRAFT' | 'PENDING_REVIEW' | 'PUBLISHED' | 'EXPIRED' | 'WITHDRAWN' | 'CLOSED' | 'REJECTED'
export type TermKind = 'JOB_TYPE' | 'PROCESS'
export type SortOrder = 'RELEVANCE' | 'NEWEST' | 'DISTANCE' | 'QUANTITY'

export const KINDS: readonly PostingKind[] = ['PROCUREMENT', 'INVENTORY', 'JOB', 'OEM_DEMAND', 'OEM_SERVICE']
export const STATUSES: readonly PostingStatus[] = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'EXPIRED', 'WITHDRAWN', 'CLOSED']
export const SORTS: readonly SortOrder[] = ['RELEVANCE', 'NEWEST', 'DISTANCE', 'QUANTITY']

export type SearchResult = ResponseBody<'/api/board/postings', 'get'>
export type PostingSummary = SearchResult['items'][number]
export type FacetValue = SearchResult['facets'][string][number]
export type Posting = ResponseBody<'/api/board/postings/{id}', 'get'>
export type ContentView = Posting['content']
export type CreatePostingRequest = RequestBody<'/api/board/postings', 'post'>
export type UpdatePostingRequest = RequestBody<'/api/board/postings/{id}', 'put'>
export type ProcurementDetails = NonNullable<CreatePostingRequest['procurement']>
export type InventoryDetails = NonNullable<CreatePostingRequest['inventory']>
export type JobDetails = NonNullable<CreatePostingRequest['job']>
export type OemDemandDetails = NonNullable<CreatePostingRequest['oemDemand']>
export type OemServiceDetails = NonNullable<CreatePostingRequest['oemService']>
export type ModerationHit = Posting['reviewHits'][number]
export type HistoryEntry = ResponseBody<'/api/board/postings/{id}/history', 'get'>[number]
export type Suggestion = ResponseBody<'/api/board/recommendations', 'get'>[number]
export type Match = ResponseBody<'/api/board/postings/{id}/matches', 'get'>[number]
export type Term = ResponseBody<'/api/board/terms', 'get'>[number]
export type Quote = ResponseBody<'/api/board/postings/{id}/quotes', 'get'>[number]
export type QuoteStatus = Quote['status']
export type QuoteRequest = RequestBody<'/api/board/postings/{id}/quotes', 'post'>
export type Quota = ResponseBody<'/api/board/quote-quota', 'get'>
export type Application = ResponseBody<'/api/board/my-applications', 'get'>[number]
export type WorkerProfile = ResponseBody<'/api/board/worker-profile', 'get'>
export type WorkerProfileRequest = RequestBody<'/api/board/worker-profile', 'put'>
export type Contact = ResponseBody<'/api/board/contacts', 'get'>[number]
export type ComplaintRequest = RequestBody<'/api/board/complaints', 'post'>
export type ComplaintReason = ComplaintRequest['reason']
export type Complaint = ResponseBody<'/api/board/complaints', 'get'>[number]
export type Paged<T> = { items: T[]; page: number; size: number; total: number }
type DocumentedSearchQuery = QueryParams<'/api/board/postings', 'get'>
type DocumentedMineQuery = QueryParams<'/api/board/my-postings', 'get'>
type DocumentedQuotesQuery = QueryParams<'/api/board/my-quotes', 'get'>

/**
 * GET /api/board/postings as it goes over the wire: `page`/`size` are plain parameters (the document describes them
 * as one object `paging`, the controller lacking @ParameterObject).
 */
export type SearchQuery = Omit<DocumentedSearchQuery, 'paging'> & { page?: number; size?: number }

export const COMPLAINT_REASONS: readonly ComplaintReason[] = ['FRAUD', 'FALSE_INFORMATION', 'PROHIBITED', 'HARASSMENT', 'SPAM', 'OTHER']
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD'] as const
export const WAGE_TYPES = ['HOURLY', 'DAILY', 'PIECE'] as const
export const SALE_MODES = ['WHOLESALE', 'CONSIGNMENT', 'EITHER'] as const
export const QUOTE_METHODS = ['PER_PIECE', 'PER_HOUR', 'PER_MOULD', 'PER_BATCH', 'BY_DRAWING'] as const

export const BoardPermissions = {
  publish: 'board:posting:publish',
  manage: 'board:posting:manage',
  quoteSubmit: 'board:quote:submit',
  quoteDecide: 'board:quote:decide',
  applicationSubmit: 'board:application:submit',
  applicationDecide: 'board:application:decide',
  contact: 'board:contact:create',
  complain: 'board:complaint:create',
  favourite: 'board:favourite:manage',
  review: 'board:review:decide',
} as const

/** The organisation capability each kind needs (the server's PostingKind.requires). */
export const KIND_CAPABILITY: Record<PostingKind, string> = {
  PROCUREMENT: 'BUY_B2B',
  INVENTORY: 'MANUFACTURE',
  JOB: 'HIRE_WORKERS',
  OEM_DEMAND: 'BUY_B2B',
  OEM_SERVICE: 'MANUFACTURE',
}

/** The kinds an organisation with these capabilities may post. */
export function publishableKinds(capabilities: readonly string[]): PostingKind[] {
  return KINDS.filter((kind) => capabilities.includes(KIND_CAPABILITY[kind]))
}

export function fileUrl(id: string): string {
  return `/api/files/${id}`
}

export function thumbnailUrl(id: string): string {
  return `/api/files/${id}/thumbnail`
}

const id = (value: string) => ({ params: { path: { id: value } } })

export const boardApi = {
  search: (query: SearchQuery) =>
    unwrap(api.GET('/api/board/postings', { params: { query: query as unknown as DocumentedSearchQuery } })),
  posting: (postingId: string) => unwrap(api.GET('/api/board/postings/{id}', id(postingId))),
  create: (body: CreatePostingRequest, idempotencyKey: string) =>
    unwrap(api.POST('/api/board/postings', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
  update: (postingId: string, body: UpdatePostingRequest) =>
    unwrap(api.PUT('/api/board/postings/{id}', { ...id(postingId), body })),
  submit: (postingId: string) => unwrap(api.POST('/api/board/postings/{id}/submit', id(postingId))),
  withdraw: (postingId: string) => unwrap(api.POST('/api/board/postings/{id}/withdraw', id(postingId))),
  close: (postingId: string) => unwrap(api.POST('/api/board/postings/{id}/close', id(postingId))),
  repost: (postingId: string, validUntil?: string) =>
    unwrap(api.POST('/api/board/postings/{id}/repost', { ...id(postingId), body: validUntil ? { validUntil } : {} })),
  deleteDraft: (postingId: string) => unwrap(api.DELETE('/api/board/postings/{id}', id(postingId))),
  history: (postingId: string) => unwrap(api.GET('/api/board/postings/{id}/history', id(postingId))),
  mine: (query: { kind?: PostingKind; status?: PostingStatus; page: number; size: number }) =>
    unwrap(api.GET('/api/board/my-postings', { params: { query: query as unknown as DocumentedMineQuery } })),
  favourite: (postingId: string) => unwrap(api.PUT('/api/board/postings/{id}/favourite', id(postingId))),
  unfavourite: (postingId: string) => unwrap(api.DELETE('/api/board/postings/{id}/favourite', id(postingId))),
  favourites: () => unwrap(api.GET('/api/board/favourites')),
  recommendations: (size = 8) => unwrap(api.GET('/api/board/recommendations', { params: { query: { size } } })),
  matches: (postingId: string, size = 10) =>
    unwrap(api.GET('/api/board/postings/{id}/matches', { params: { path: { id: postingId }, query: { size } } })),
  terms: (kind: TermKind) => unwrap(api.GET('/api/board/terms', { params: { query: { kind } } })),

  // quotes
  quotes: (postingId: string) => unwrap(api.GET('/api/board/postings/{id}/quotes', id(postingId))),
  quote: (postingId: string, body: QuoteRequest) =>
    unwrap(api.POST('/api/board/postings/{id}/quotes', { ...id(postingId), body })),
  shortlist: (quoteId: string) => unwrap(api.POST('/api/board/quotes/{id}/shortlist', id(quoteId))),
  accept: (quoteId: string) => unwrap(api.POST('/api/board/quotes/{id}/accept', id(quoteId))),
  decline: (quoteId: string) => unwrap(api.POST('/api/board/quotes/{id}/decline', id(quoteId))),
  withdrawQuote: (quoteId: string) => unwrap(api.POST('/api/board/quotes/{id}/withdraw', id(quoteId))),
  myQuotes: (page: number, size: number) =>
    unwrap(api.GET('/api/board/my-quotes', { params: { query: { page, size } as unknown as DocumentedQuotesQuery } })),
  quota: () => unwrap(api.GET('/api/board/quote-quota')),

  // jobs
  workerProfile: () => unwrap(api.GET('/api/board/worker-profile')),
  saveWorkerProfile: (body: WorkerProfileRequest) => unwrap(api.PUT('/api/board/worker-profile', { body })),
  apply: (postingId: string, message?: string) =>
    unwrap(api.POST('/api/board/postings/{id}/applications', { ...id(postingId), body: message ? { message } : {} })),
  myApplications: () => unwrap(api.GET('/api/board/my-applications')),
  receivedApplications: (postingId?: string) =>
    unwrap(api.GET('/api/board/received-applications', { params: { query: postingId ? { postingId } : {} } })),
  acceptApplication: (applicationId: string) => unwrap(api.POST('/api/board/applications/{id}/accept', id(applicationId))),
  rejectApplication: (applicationId: string, reason?: string) =>
    unwrap(api.POST('/api/board/applications/{id}/reject', { ...id(applicationId), body: reason ? { reason } : {} })),
  withdrawApplication: (applicationId: string) =>
    unwrap(api.POST('/api/board/applications/{id}/withdraw', id(applicationId))),

  // contacts and complaints
  contact: (postingId: string, message?: string) =>
    unwrap(api.POST('/api/board/postings/{id}/contacts', { ...id(postingId), body: message ? { message } : {} })),
  contacts: () => unwrap(api.GET('/api/board/contacts')),
  markDeal: (contactId: string) => unwrap(api.POST('/api/board/contacts/{id}/deal', id(contactId))),
  complain: (body: ComplaintRequest) => unwrap(api.POST('/api/board/complaints', { body })),
  complaints: () => unwrap(api.GET('/api/board/complaints')),

  upload: (file: File, visibility: 'ORGANIZATION' | 'PUBLIC') =>
    unwrap(
      api.POST('/api/files', {
        params: { query: { visibility } },
        body: { file: '' },
        bodySerializer: () => {
          const data = new FormData()
          data.append('file', file)
          return data
        },
      }),
    ),
}

export type StoredFile = Awaited<ReturnType<typeof boardApi.upload>>

/** An address on this origin (fetch outside a browser page needs it absolute). */
function here(path: string): string {
  return typeof window === 'undefined' ? path : new URL(path, window.location.origin).toString()
}


/**
 * Uploads a photo, video or drawing with progress (fetch cannot report it), the CSRF token echoed like the typed
 * client does; resolves with the stored file or rejects with the problem (type not allowed, too large …).
 */
export function uploadWithProgress(
  file: File,
  visibility: 'ORGANIZATION' | 'PUBLIC',
  onProgress: (percent: number) => void,
): Promise<StoredFile> {
  const form = new FormData()
  form.append('file', file)
  return postFormWithProgress<StoredFile>(`/api/files?visibility=${visibility}`, form, onProgress)
}

// ---- endpoints the admin branch adds (announcements, feedback) ----

/**
 * A platform announcement on the home page (GET /api/board/announcements, maintained by operators in the admin
 * console). Typed here until the document describes it; only the fields the strip shows.
 */
export interface Announcement {
  id: string
  title: string
  body?: string | null
  link?: string | null
  level?: 'INFO' | 'WARNING' | 'URGENT' | null
  startsAt?: string | null
}

export const FEEDBACK_CATEGORIES = ['SUGGESTION', 'PROBLEM', 'ACCOUNT', 'OTHER'] as const
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number]

/** POST /api/board/feedback (the admin console keeps the inbox). */
export interface FeedbackRequest {
  category: FeedbackCategory
  content: string
  contact?: string
}

/**
 * Calls an endpoint the typed document may not describe yet. Resolves `null` when the server does not have it
 * (404/405: the feature is hidden), the parsed body on success, and rejects with the problem otherwise. Writes echo
 * the CSRF cookie the way the typed client does.
 */
export async function optionalEndpoint<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T | null> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': activeLocale(),
  }
  if (method !== 'GET') {
    const token = await csrfToken()
    if (token) headers[CSRF_HEADER] = token
    headers['Content-Type'] = 'application/json'
  }
  let response: Response
  try {
    response = await fetch(here(path), {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(parseProblem(0, { code: 'client.network-error' }))
  }
  if (response.status === 404 || response.status === 405) return null
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    parsed = text
  }
  if (!response.ok) throw new ApiError(parseProblem(response.status, parsed))
  return (parsed ?? ({} as unknown)) as T
}

export const boardExtras = {
  /** Null when the server has no announcements endpoint (the strip is hidden). */
  announcements: async (): Promise<Announcement[] | null> => {
    const answer = await optionalEndpoint<unknown>('GET', '/api/board/announcements')
    if (answer === null) return null
    const list = Array.isArray(answer) ? answer : (answer as { items?: unknown }).items
    return Array.isArray(list) ? (list as Announcement[]).filter((a) => a && typeof a.title === 'string') : []
  },
  /** Null when the server has no feedback endpoint (the form then says so and hides). */
  feedback: (body: FeedbackRequest) => optionalEndpoint<unknown>('POST', '/api/board/feedback', body),
}
