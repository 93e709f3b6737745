import { api, unwrap } from '@/shared/api'
import type { QueryParams, RequestBody, ResponseBody } from '@/shared/api/types'

/** The board's platform-side permissions (BoardPermissions on the server). */
export const BoardAdminPermissions = {
  reviewDecide: 'board:review:decide',
  complaintResolve: 'board:complaint:resolve',
  moderationManage: 'board:moderation:manage',
  termManage: 'board:term:manage',
  statsRead: 'board:stats:read',
  announcementManage: 'board:announcement:manage',
  feedbackManage: 'board:feedback:manage',
} as const

export const POSTING_KINDS = ['PROCUREMENT', 'INVENTORY', 'JOB', 'OEM_DEMAND', 'OEM_SERVICE'] as const
export const POSTING_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN', 'CLOSED', 'REJECTED'] as const
export const ORGANIZATION_TYPES = ['FACTORY', 'TRADING_COMPANY', 'BRAND', 'CREATOR', 'WORKER'] as const
export const WORD_LEVELS = ['BLOCK', 'REVIEW', 'ALLOW'] as const
export const TERM_KINDS = ['JOB_TYPE', 'PROCESS'] as const
export const COMPLAINT_STATUSES = ['OPEN', 'RESOLVED', 'DISMISSED'] as const
export const ANNOUNCEMENT_LEVELS = ['INFO', 'WARNING', 'URGENT'] as const
export const FEEDBACK_STATUSES = ['OPEN', 'REPLIED', 'CLOSED'] as const
export const FEEDBACK_CATEGORIES = ['SUGGESTION', 'PROBLEM', 'ACCOUNT', 'OTHER'] as const
export const GRANULARITIES = ['day', 'week', 'month'] as const

export type PostingKind = (typeof POSTING_KINDS)[number]
export type PostingStatus = (typeof POSTING_STATUSES)[number]
export type WordLevel = (typeof WORD_LEVELS)[number]
export type TermKind = (typeof TERM_KINDS)[number]
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]
export type AnnouncementLevel = (typeof ANNOUNCEMENT_LEVELS)[number]
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number]
export type Granularity = (typeof GRANULARITIES)[number]

export type ReviewPosting = ResponseBody<'/api/board/admin/reviews/{id}/approve', 'post'>
export type ContentView = ReviewPosting['content']
export type ModerationHit = ReviewPosting['reviewHits'][number]
export type BatchOutcome = ResponseBody<'/api/board/admin/reviews/batch', 'post'>[number]
export type Complaint = ResponseBody<'/api/board/admin/complaints', 'get'>[number]
export type ResolveRequest = RequestBody<'/api/board/admin/complaints/{id}/resolve', 'post'>
export type ModerationWord = ResponseBody<'/api/board/admin/moderation-words', 'get'>[number]
export type CheckResult = ResponseBody<'/api/board/admin/moderation-words/check', 'post'>
export type Term = ResponseBody<'/api/board/terms', 'get'>[number]
export type Stats = ResponseBody<'/api/board/admin/stats', 'get'>
export type StatsFigures = Stats['totals']
export type Announcement = ResponseBody<'/api/board/admin/announcements/{id}', 'get'>
export type AnnouncementDraft = RequestBody<'/api/board/admin/announcements', 'post'>
export type FeedbackEntry = ResponseBody<'/api/board/admin/feedback', 'get'>['items'][number]

/** The document names a controller's PageQuery after its parameter (`paging`); on the wire it is `page` and `size`. */
type Paged<Q> = Omit<Q, 'paging'> & { page?: number; size?: number }
function documented<Q>(query: Paged<Q>): Q {
  return query as unknown as Q
}

type DocumentedReviewQuery = QueryParams<'/api/board/admin/reviews', 'get'>
export type ReviewQuery = Paged<DocumentedReviewQuery>
type DocumentedFeedbackQuery = QueryParams<'/api/board/admin/feedback', 'get'>
export type FeedbackQuery = Paged<DocumentedFeedbackQuery>
type DocumentedAnnouncementQuery = QueryParams<'/api/board/admin/announcements', 'get'>
export type StatsQuery = { granularity: Granularity; from?: string; to?: string }
export type PostingsExportQuery = { kind?: PostingKind; status?: PostingStatus; from?: string; to?: string }

const XLSX_ACCEPT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json'

export const boardAdminApi = {
  // review centre
  reviews: (query: ReviewQuery) =>
    unwrap(api.GET('/api/board/admin/reviews', { params: { query: documented<DocumentedReviewQuery>(query) } })),
  approve: (id: string) => unwrap(api.POST('/api/board/admin/reviews/{id}/approve', { params: { path: { id } } })),
  reject: (id: string, reason: string) =>
    unwrap(api.POST('/api/board/admin/reviews/{id}/reject', { params: { path: { id } }, body: { reason } })),
  batch: (postingIds: string[], approve: boolean, reason?: string) =>
    unwrap(api.POST('/api/board/admin/reviews/batch', { body: { postingIds, approve, reason } })),
  terms: (kind: TermKind, includeRetired = true) =>
    unwrap(api.GET('/api/board/terms', { params: { query: { kind, includeRetired } } })),

  // complaints
  complaints: (status: ComplaintStatus) => unwrap(api.GET('/api/board/admin/complaints', { params: { query: { status } } })),
  resolve: (id: string, body: ResolveRequest) =>
    unwrap(api.POST('/api/board/admin/complaints/{id}/resolve', { params: { path: { id } }, body })),

  // moderation words
  words: () => unwrap(api.GET('/api/board/admin/moderation-words')),
  addWord: (word: string, level: WordLevel, note?: string) =>
    unwrap(api.POST('/api/board/admin/moderation-words', { body: { word, level, note } })),
  changeWord: (id: string, level: WordLevel, note?: string) =>
    unwrap(api.PUT('/api/board/admin/moderation-words/{id}', { params: { path: { id } }, body: { level, note } })),
  removeWord: (id: string) => unwrap(api.DELETE('/api/board/admin/moderation-words/{id}', { params: { path: { id } } })),
  checkText: (text: string) => unwrap(api.POST('/api/board/admin/moderation-words/check', { body: { text } })),

  // job types and processes
  addTerm: (kind: TermKind, code: string, nameZh: string, nameEn: string) =>
    unwrap(api.POST('/api/board/admin/terms', { body: { kind, code, nameZh, nameEn } })),
  renameTerm: (id: string, nameZh: string, nameEn: string) =>
    unwrap(api.PUT('/api/board/admin/terms/{id}', { params: { path: { id } }, body: { nameZh, nameEn } })),
  retireTerm: (id: string) => unwrap(api.POST('/api/board/admin/terms/{id}/retire', { params: { path: { id } } })),
  restoreTerm: (id: string) => unwrap(api.POST('/api/board/admin/terms/{id}/restore', { params: { path: { id } } })),
  reorderTerms: (kind: TermKind, order: string[]) => unwrap(api.PUT('/api/board/admin/terms/order', { body: { kind, order } })),

  // dashboards and exports
  stats: (query: StatsQuery) => unwrap(api.GET('/api/board/admin/stats', { params: { query } })),
  statsWorkbook: (query: StatsQuery) =>
    unwrap(api.GET('/api/board/admin/stats.xlsx', { params: { query }, parseAs: 'stream', headers: { Accept: XLSX_ACCEPT } })),
  postingsWorkbook: (query: PostingsExportQuery) =>
    unwrap(api.GET('/api/board/admin/postings.xlsx', { params: { query }, parseAs: 'stream', headers: { Accept: XLSX_ACCEPT } })),

  // announcements
  announcements: (page: number, size: number) =>
    unwrap(api.GET('/api/board/admin/announcements', { params: { query: documented<DocumentedAnnouncementQuery>({ page, size }) } })),
  createAnnouncement: (body: AnnouncementDraft) => unwrap(api.POST('/api/board/admin/announcements', { body })),
  updateAnnouncement: (id: string, body: AnnouncementDraft & { version: number }) =>
    unwrap(api.PUT('/api/board/admin/announcements/{id}', { params: { path: { id } }, body })),
  deleteAnnouncement: (id: string) => unwrap(api.DELETE('/api/board/admin/announcements/{id}', { params: { path: { id } } })),
  activeAnnouncements: () => unwrap(api.GET('/api/board/announcements')),

  // feedback
  feedback: (query: FeedbackQuery) =>
    unwrap(api.GET('/api/board/admin/feedback', { params: { query: documented<DocumentedFeedbackQuery>(query) } })),
  reply: (id: string, reply: string) => unwrap(api.POST('/api/board/admin/feedback/{id}/reply', { params: { path: { id } }, body: { reply } })),
  close: (id: string) => unwrap(api.POST('/api/board/admin/feedback/{id}/close', { params: { path: { id } } })),
  revealContact: (id: string) => unwrap(api.POST('/api/board/admin/feedback/{id}/contact', { params: { path: { id } } })),
}
