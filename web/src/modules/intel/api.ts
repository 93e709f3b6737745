import { api, unwrap } from '@/shared/api'
import { postFormWithProgress } from '@/shared/api/upload'
import type { QueryParams, RequestBody, ResponseBody } from '@/shared/api/types'

export type Reference = ResponseBody<'/api/intel/reference', 'get'>
export type IndustryChoice = Reference['industries'][number]
export type RegionChoice = Reference['regions'][number]
export type SearchRequest = RequestBody<'/api/search/industry', 'post'>
export type IndustrySearch = ResponseBody<'/api/search/industry', 'post'>
export type Figures = IndustrySearch['total']
export type RegionFigures = IndustrySearch['regions'][number]
export type CountryFigures = IndustrySearch['countries'][number]
export type VideoCard = IndustrySearch['topVideos'][number]
export type AccountCard = IndustrySearch['topAccounts'][number]
export type ProductRank = IndustrySearch['hotProducts'][number]
export type Advice = IndustrySearch['countryAdvice'][number]
export type Trend = ResponseBody<'/api/intel/trends', 'get'>
export type TrendQuery = QueryParams<'/api/intel/trends', 'get'>
export type HotProducts = ResponseBody<'/api/hot-products', 'get'>
export type WeeklyReport = ResponseBody<'/api/weekly-report', 'get'>
export type ShareLink = ResponseBody<'/api/intel/weekly-reports/{id}/share-link', 'post'>
export type ImportJob = ResponseBody<'/api/intel/imports/{id}', 'get'>
export type VideoDetails = ResponseBody<'/api/intel/videos/{id}', 'get'>
export type LabelRequest = RequestBody<'/api/intel/admin/videos/{id}/labels', 'put'>
export type FactoryFigures = ResponseBody<'/api/intel/factories/{factoryId}/figures', 'get'>
export type CuratedAccount = ResponseBody<'/api/intel/admin/accounts/{id}', 'get'>
export type AccountRequest = RequestBody<'/api/intel/admin/accounts', 'post'>
export type AccountPage = ResponseBody<'/api/intel/admin/accounts', 'get'>
export type VideoPage = ResponseBody<'/api/intel/admin/videos', 'get'>
export type VideoRequest = RequestBody<'/api/intel/admin/videos/{id}', 'put'>
export type NewVideoRequest = RequestBody<'/api/intel/admin/videos', 'post'>
export type EmergingAccount = WeeklyReport['emergingAccounts'][number]
export type ImportFormat = 'apify-json' | 'apify-csv' | 'curation-csv'

export const IMPORT_FORMATS: ImportFormat[] = ['apify-json', 'apify-csv', 'curation-csv']
export const PERIODS = ['7d', '30d', '90d'] as const

export const IntelPermissions = {
  read: 'intel:market:read',
  curate: 'intel:data:curate',
} as const

/** Reading the market figures: members of export organisations, and the platform's curators. */
export const INTEL_READERS = [IntelPermissions.read, IntelPermissions.curate]

/** The filters of an industry search as they travel in the page address and the poster/trend query. */
export interface SliceQuery {
  keyword?: string
  industry?: string
  region?: string
  country?: string
  productType?: string
  period?: string
}

function clean(query: SliceQuery): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) if (value) out[key] = value
  return out
}

export const intelApi = {
  reference: () => unwrap(api.GET('/api/intel/reference')),
  search: (body: SearchRequest) => unwrap(api.POST('/api/search/industry', { body })),
  trend: (query: SliceQuery) => unwrap(api.GET('/api/intel/trends', { params: { query: clean(query) as TrendQuery } })),
  hotProducts: (query: { industry?: string; region?: string; period?: string }) =>
    unwrap(api.GET('/api/hot-products', { params: { query: clean(query) } })),
  weeklyReport: (week?: string) => unwrap(api.GET('/api/weekly-report', { params: { query: week ? { week } : {} } })),
  generateReport: (week?: string) => unwrap(api.POST('/api/intel/weekly-reports', { params: { query: week ? { week } : {} } })),
  share: (id: string) => unwrap(api.POST('/api/intel/weekly-reports/{id}/share-link', { params: { path: { id } } })),
  sharedReport: (token: string) => unwrap(api.GET('/api/intel/shared-reports/{token}', { params: { path: { token } } })),
  imports: () => unwrap(api.GET('/api/intel/imports')),
  importJob: (id: string) => unwrap(api.GET('/api/intel/imports/{id}', { params: { path: { id } } })),
  video: (id: string) => unwrap(api.GET('/api/intel/videos/{id}', { params: { path: { id } } })),
  labelVideo: (id: string, body: LabelRequest) => unwrap(api.PUT('/api/intel/admin/videos/{id}/labels', { params: { path: { id } }, body })),
  accounts: (q: string, page = 0, size = 10) => unwrap(api.GET('/api/intel/admin/accounts', { params: { query: { q, page, size } } })),
  account: (id: string) => unwrap(api.GET('/api/intel/admin/accounts/{id}', { params: { path: { id } } })),
  createAccount: (body: AccountRequest) => unwrap(api.POST('/api/intel/admin/accounts', { body })),
  updateAccount: (id: string, body: AccountRequest) => unwrap(api.PUT('/api/intel/admin/accounts/{id}', { params: { path: { id } }, body })),
  videos: (query: { accountId?: string; q?: string; page?: number; size?: number }) =>
    unwrap(api.GET('/api/intel/admin/videos', { params: { query } })),
  createVideo: (body: NewVideoRequest) => unwrap(api.POST('/api/intel/admin/videos', { body })),
  updateVideo: (id: string, body: VideoRequest) => unwrap(api.PUT('/api/intel/admin/videos/{id}', { params: { path: { id } }, body })),
  linkFactory: (accountId: string, factoryId: string | null) =>
    unwrap(api.PUT('/api/intel/admin/accounts/{id}/factory', { params: { path: { id: accountId } }, body: { factoryId: factoryId ?? undefined } })),
}

/** Image and document addresses: the browser loads them directly (same origin, the session cookie goes along). */
export const intelFiles = {
  industryPoster: (query: SliceQuery) => `/api/intel/posters/industry.png?${new URLSearchParams(clean(query)).toString()}`,
  factoryPoster: (factoryId: string) => `/api/intel/posters/factories/${encodeURIComponent(factoryId)}.png`,
  reportPoster: (reportId: string) => `/api/intel/weekly-reports/${encodeURIComponent(reportId)}/poster.png`,
  reportPdf: (reportId: string) => `/api/intel/weekly-reports/${encodeURIComponent(reportId)}/report.pdf`,
  sharedPoster: (token: string) => `/api/intel/shared-reports/${encodeURIComponent(token)}/poster.png`,
  sharedPdf: (token: string) => `/api/intel/shared-reports/${encodeURIComponent(token)}/report.pdf`,
}

/**
 * Uploads an import file with upload progress (fetch cannot report it), the CSRF token echoed like the typed client
 * does; resolves with the accepted job (202) or rejects with the problem.
 */
export function uploadImport(file: File, format: ImportFormat, onProgress: (percent: number) => void): Promise<ImportJob> {
  const form = new FormData()
  form.append('file', file)
  form.append('format', format)
  return postFormWithProgress<ImportJob>('/api/intel/imports', form, onProgress)
}

/** Change against the previous period as a signed percentage (+25% / −10%); empty when unknown. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return ''
  const pct = Math.round(Math.abs(change) * 100)
  return `${change >= 0 ? '+' : '−'}${pct}%`
}

export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`
}
