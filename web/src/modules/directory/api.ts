import { api, unwrap } from '@/shared/api'
import { postFormWithProgress } from '@/shared/api/upload'
import type { QueryParams, RequestBody, ResponseBody } from '@/shared/api/types'

/**
 * Directory's paged endpoints take `page`/`size` as plain query parameters, but the document describes them as one
 * object `paging` (no @ParameterObject): callers use the wire shape, {@link documented} hands it to the client.
 */
export type Paged<Q> = Omit<Q, 'paging'> & { page?: number; size?: number }
function documented<Q>(query: Paged<Q>): Q {
  return query as unknown as Q
}

export type Taxonomy = ResponseBody<'/api/directory/taxonomy', 'get'>
export type Industry = Taxonomy['industries'][number]
export type AttributeGroup = Taxonomy['attributeGroups'][number]
export type TagNode = Industry['categories'][number]
export type TagResponse = ResponseBody<'/api/directory/admin/tags/{id}', 'patch'>
export type CreateTagRequest = RequestBody<'/api/directory/admin/tags', 'post'>
export type Regions = ResponseBody<'/api/directory/regions', 'get'>
export type Province = Regions['provinces'][number]
export type City = Province['cities'][number]
export type Counties = ResponseBody<'/api/directory/regions/{cityCode}/counties', 'get'>
export type CreditCodeCheck = ResponseBody<'/api/directory/credit-codes/check', 'post'>
export type LicenceSubmission = RequestBody<'/api/directory/my-factory/onboarding', 'post'>
export type LicenceReview = ResponseBody<'/api/directory/my-factory/onboarding', 'post'>
export type ReviewKind = 'ONBOARDING' | 'CHANGE' | 'CLAIM' | 'VERIFICATION'
export type ReviewStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'
export type FactoryCard = ResponseBody<'/api/factory/{id}', 'get'>
export type TagRef = FactoryCard['industry']
export type Certification = FactoryCard['certifications'][number]
export type ShowcaseProduct = FactoryCard['products'][number]
export type Media = FactoryCard['media'][number]
export type SocialAccount = FactoryCard['socialAccounts'][number]
export type Badge = FactoryCard['badges'][number]
export type MyFactory = ResponseBody<'/api/directory/my-factory', 'get'>
export type TrustProfileRequest = RequestBody<'/api/directory/my-factory/profile', 'put'>
export type CertificationRequest = RequestBody<'/api/directory/my-factory/certifications', 'post'>
export type CertificationType = CertificationRequest['type']
export type ProductRequest = RequestBody<'/api/directory/my-factory/products', 'post'>
export type SocialAccountRequest = RequestBody<'/api/directory/my-factory/social-accounts', 'post'>
export type InquiryRequest = RequestBody<'/api/directory/factories/{id}/inquiries', 'post'>
export type Inquiry = ResponseBody<'/api/directory/factories/{id}/inquiries', 'post'>
export type SearchQuery = QueryParams<'/api/directory/factories', 'get'>
export type SearchResult = ResponseBody<'/api/directory/factories', 'get'>
export type FactorySummary = SearchResult['items'][number]
export type FacetValue = SearchResult['facets'][string][number]
export type ReviewQueue = ResponseBody<'/api/directory/admin/reviews', 'get'>
type DocumentedReviewQuery = QueryParams<'/api/directory/admin/reviews', 'get'>
export type ReviewQuery = Paged<DocumentedReviewQuery>
export type BatchApproveResult = ResponseBody<'/api/directory/admin/reviews/approvals', 'post'>
type DocumentedCertificationQuery = QueryParams<'/api/directory/admin/certifications', 'get'>
export type CertificationQuery = Paged<DocumentedCertificationQuery>
type DocumentedInquiryQuery = QueryParams<'/api/directory/my-factory/inquiries', 'get'>
export type Verification = ResponseBody<'/api/directory/verification', 'get'>
export type StoredFile = ResponseBody<'/api/files', 'post'>
export type Favourite = ResponseBody<'/api/directory/favourites', 'get'>[number]
type DocumentedSentInquiryQuery = QueryParams<'/api/directory/inquiries', 'get'>
export type ImportJob = ResponseBody<'/api/directory/imports/{id}', 'get'>
export type ImportRowError = ImportJob['errors'][number]
export type ImportJobSummary = ResponseBody<'/api/directory/imports', 'get'>[number]
export type ImportStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

export const DirectoryPermissions = {
  taxonomyManage: 'directory:taxonomy:manage',
  factoryOnboard: 'directory:factory:onboard',
  factoryManage: 'directory:factory:manage',
  inquiryRead: 'directory:inquiry:read',
  inquirySend: 'directory:inquiry:send',
  verificationSubmit: 'directory:verification:submit',
  favouriteManage: 'directory:favourite:manage',
  reviewDecide: 'directory:review:decide',
  importManage: 'directory:import:manage',
} as const

export const CERTIFICATION_TYPES = [
  'ISO_9001', 'ISO_14001', 'ISO_45001', 'BSCI', 'SEDEX', 'WRAP', 'OEKO_TEX', 'GOTS', 'GRS', 'CE', 'FCC', 'ROHS',
  'REACH', 'UL', 'FDA', 'LFGB', 'HACCP', 'CCC', 'OTHER',
] as const satisfies readonly CertificationType[]

export const SOCIAL_PLATFORMS = ['TIKTOK', 'DOUYIN', 'XIAOHONGSHU', 'YOUTUBE', 'INSTAGRAM', 'FACEBOOK', 'LINKEDIN'] as const
export const REVIEW_KINDS = ['ONBOARDING', 'CHANGE', 'CLAIM', 'VERIFICATION'] as const satisfies readonly ReviewKind[]
export const REVIEW_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const satisfies readonly ReviewStatus[]
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD'] as const
export const SORTS = ['relevance', 'newest', 'inquiries', 'distance'] as const
export type SortOrder = (typeof SORTS)[number]

/** Licences: images or PDF, at most 10 MB (the server checks the same). */
export const LICENCE_MAX_BYTES = 10 * 1024 * 1024
export const LICENCE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf']

export function fileUrl(id: string): string {
  return `/api/files/${id}`
}

export function thumbnailUrl(id: string): string {
  return `/api/files/${id}/thumbnail`
}

export const directoryApi = {
  taxonomy: (includeRetired = false) =>
    unwrap(api.GET('/api/directory/taxonomy', { params: { query: { includeRetired } } })),
  regions: () => unwrap(api.GET('/api/directory/regions')),
  counties: (cityCode: string) =>
    unwrap(api.GET('/api/directory/regions/{cityCode}/counties', { params: { path: { cityCode } } })),
  checkCreditCode: (code: string) => unwrap(api.POST('/api/directory/credit-codes/check', { body: { code } })),
  upload: (file: File, visibility: 'ORGANIZATION' | 'PUBLIC' = 'ORGANIZATION') =>
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

  // factory side
  submitOnboarding: (body: LicenceSubmission) => unwrap(api.POST('/api/directory/my-factory/onboarding', { body })),
  claim: (id: string, body: LicenceSubmission) =>
    unwrap(api.POST('/api/directory/factories/{id}/claims', { params: { path: { id } }, body })),
  myFactory: () => unwrap(api.GET('/api/directory/my-factory')),
  changeProfile: (body: TrustProfileRequest) => unwrap(api.PUT('/api/directory/my-factory/profile', { body })),
  addCertification: (body: CertificationRequest) => unwrap(api.POST('/api/directory/my-factory/certifications', { body })),
  removeCertification: (id: string) =>
    unwrap(api.DELETE('/api/directory/my-factory/certifications/{id}', { params: { path: { id } } })),
  addProduct: (body: ProductRequest) => unwrap(api.POST('/api/directory/my-factory/products', { body })),
  changeProduct: (id: string, body: ProductRequest) =>
    unwrap(api.PUT('/api/directory/my-factory/products/{id}', { params: { path: { id } }, body })),
  removeProduct: (id: string) => unwrap(api.DELETE('/api/directory/my-factory/products/{id}', { params: { path: { id } } })),
  addMedia: (fileId: string, caption?: string) =>
    unwrap(api.POST('/api/directory/my-factory/media', { body: { fileId, caption } })),
  removeMedia: (id: string) => unwrap(api.DELETE('/api/directory/my-factory/media/{id}', { params: { path: { id } } })),
  addSocialAccount: (body: SocialAccountRequest) => unwrap(api.POST('/api/directory/my-factory/social-accounts', { body })),
  removeSocialAccount: (id: string) =>
    unwrap(api.DELETE('/api/directory/my-factory/social-accounts/{id}', { params: { path: { id } } })),
  receivedInquiries: (page: number, size: number) =>
    unwrap(
      api.GET('/api/directory/my-factory/inquiries', {
        params: { query: documented<DocumentedInquiryQuery>({ page, size }) },
      }),
    ),
  markInquiryRead: (id: string) =>
    unwrap(api.POST('/api/directory/my-factory/inquiries/{id}/read', { params: { path: { id } } })),

  // public directory
  search: (query: SearchQuery) => unwrap(api.GET('/api/directory/factories', { params: { query } })),
  card: (id: string) => unwrap(api.GET('/api/factory/{id}', { params: { path: { id } } })),
  favourite: (id: string) => unwrap(api.PUT('/api/directory/factories/{id}/favourite', { params: { path: { id } } })),
  unfavourite: (id: string) => unwrap(api.DELETE('/api/directory/factories/{id}/favourite', { params: { path: { id } } })),
  favourites: () => unwrap(api.GET('/api/directory/favourites')),
  sentInquiries: (page: number, size: number) =>
    unwrap(api.GET('/api/directory/inquiries', { params: { query: documented<DocumentedSentInquiryQuery>({ page, size }) } })),
  inquire: (id: string, body: InquiryRequest) =>
    unwrap(api.POST('/api/directory/factories/{id}/inquiries', { params: { path: { id } }, body })),

  // reviewers
  reviews: (query: ReviewQuery) =>
    unwrap(api.GET('/api/directory/admin/reviews', { params: { query: documented<DocumentedReviewQuery>(query) } })),
  review: (id: string) => unwrap(api.GET('/api/directory/admin/reviews/{id}', { params: { path: { id } } })),
  approve: (id: string) => unwrap(api.POST('/api/directory/admin/reviews/{id}/approve', { params: { path: { id } } })),
  reject: (id: string, reason: string) =>
    unwrap(api.POST('/api/directory/admin/reviews/{id}/reject', { params: { path: { id } }, body: { reason } })),
  approveAll: (reviewIds: string[]) => unwrap(api.POST('/api/directory/admin/reviews/approvals', { body: { reviewIds } })),
  certificationChecks: (query: CertificationQuery) =>
    unwrap(
      api.GET('/api/directory/admin/certifications', {
        params: { query: documented<DocumentedCertificationQuery>(query) },
      }),
    ),
  verifyCertification: (id: string) =>
    unwrap(api.POST('/api/directory/admin/certifications/{id}/verify', { params: { path: { id } } })),
  rejectCertification: (id: string, reason: string) =>
    unwrap(api.POST('/api/directory/admin/certifications/{id}/reject', { params: { path: { id } }, body: { reason } })),

  // taxonomy admin
  addTag: (body: CreateTagRequest) => unwrap(api.POST('/api/directory/admin/tags', { body })),
  renameTag: (id: string, nameZh: string, nameEn: string) =>
    unwrap(api.PATCH('/api/directory/admin/tags/{id}', { params: { path: { id } }, body: { nameZh, nameEn } })),
  moveTag: (id: string, position: number) =>
    unwrap(api.PUT('/api/directory/admin/tags/{id}/position', { params: { path: { id } }, body: { position } })),
  retireTag: (id: string) => unwrap(api.POST('/api/directory/admin/tags/{id}/retire', { params: { path: { id } } })),
  restoreTag: (id: string) => unwrap(api.POST('/api/directory/admin/tags/{id}/restore', { params: { path: { id } } })),

  // company verification
  verification: () => unwrap(api.GET('/api/directory/verification')),
  submitVerification: (body: LicenceSubmission) => unwrap(api.POST('/api/directory/verification', { body })),

  // imports of factory records (operators)
  imports: () => unwrap(api.GET('/api/directory/imports')),
  importJob: (id: string) => unwrap(api.GET('/api/directory/imports/{id}', { params: { path: { id } } })),
}

/**
 * Uploads a CSV of factory records (POST /api/directory/imports, multipart `file`) with upload progress, which the
 * fetch-based client cannot report; answers the queued job (202) or rejects with the problem the server sent.
 */
export function uploadFactoryImport(file: File, onProgress: (percent: number) => void): Promise<ImportJob> {
  const form = new FormData()
  form.append('file', file)
  return postFormWithProgress<ImportJob>('/api/directory/imports', form, onProgress)
}
