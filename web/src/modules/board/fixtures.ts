import type { Application, ContentView, Posting, PostingSummary, Quote, SearchResult, Term } from './api'

/** Answers of the board API in the shapes the server sends, for the page tests. */

export const regions = {
  provinces: [
    {
      code: '33',
      name: '浙江省',
      municipality: false,
      lat: 30.27,
      lng: 120.15,
      cities: [
        { code: '3301', name: '杭州市', lat: 30.27, lng: 120.15 },
        { code: '3302', name: '宁波市', lat: 29.87, lng: 121.55 },
      ],
    },
    { code: '44', name: '广东省', municipality: false, lat: 23.13, lng: 113.26, cities: [{ code: '4403', name: '深圳市', lat: 22.54, lng: 114.06 }] },
  ],
}

const tag = (id: string, nameZh: string, nameEn: string) => ({ id, code: id, nameZh, nameEn, sortOrder: 0, retired: false })

export const taxonomy = {
  industries: [{ ...tag('ind-1', '日用百货制造', 'Daily goods'), exportIndustries: [], categories: [tag('cat-1', '保温杯', 'Vacuum flasks'), tag('cat-2', '餐具', 'Tableware')] }],
  attributeGroups: [],
  exportIndustries: [],
}

export const jobTypes: Term[] = [
  { id: 'term-sew', kind: 'JOB_TYPE', code: 'sewing', nameZh: '缝纫工', nameEn: 'Sewing machinist', sortOrder: 1, retired: false },
  { id: 'term-pack', kind: 'JOB_TYPE', code: 'packing', nameZh: '包装工', nameEn: 'Packer', sortOrder: 2, retired: false },
]

export const processes: Term[] = [
  { id: 'term-inj', kind: 'PROCESS', code: 'injection', nameZh: '注塑', nameEn: 'Injection moulding', sortOrder: 1, retired: false },
]

const org = { id: 'org-buyer', name: '深圳环球进出口有限公司', type: 'TRADING_COMPANY', verified: true }

export function aSummary(overrides: Partial<PostingSummary> = {}): PostingSummary {
  return {
    id: 'post-1',
    kind: 'PROCUREMENT',
    status: 'PUBLISHED',
    title: '求购 保温杯 30000 个',
    province: { code: '44', name: '广东省' },
    city: { code: '4403', name: '深圳市' },
    category: { id: 'cat-1', nameZh: '保温杯', nameEn: 'Vacuum flasks', retired: false },
    terms: [],
    quantity: 30000,
    unit: '个',
    headcount: null as unknown as number,
    price: { min: 12.5, max: 15, currency: 'CNY', per: '个' },
    attributes: ['dest:US', 'cert:FDA'],
    coverFileId: null as unknown as string,
    organization: org,
    publishedAt: '2026-11-20T02:00:00Z',
    validUntil: '2026-12-21T16:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
    distanceKm: null as unknown as number,
    hasPendingRevision: false,
    quoteCount: 2,
    applicationCount: 0,
    contactCount: 1,
    viewCount: 12,
    ...overrides,
  } as PostingSummary
}

export function aJobSummary(overrides: Partial<PostingSummary> = {}): PostingSummary {
  return aSummary({
    id: 'job-1',
    kind: 'JOB',
    title: '招聘 缝纫工 5 人',
    province: { code: '33', name: '浙江省' },
    city: { code: '3301', name: '杭州市' },
    category: null as unknown as PostingSummary['category'],
    terms: [{ id: 'term-sew', nameZh: '缝纫工', nameEn: 'Sewing machinist', retired: false }],
    quantity: 5,
    unit: '人',
    headcount: 5,
    price: { min: 260, max: 320, currency: 'CNY', per: 'DAILY' },
    attributes: ['wage:DAILY', 'housing:yes', 'meals:yes'],
    organization: { id: 'org-factory', name: '杭州锦绣服饰有限公司', type: 'FACTORY', verified: true },
    quoteCount: 0,
    applicationCount: 1,
    ...overrides,
  })
}

const emptyContent: ContentView = {
  title: '',
  description: '',
  provinceCode: '44',
  cityCode: '4403',
  countyCode: null as unknown as string,
  addressLine: null as unknown as string,
  categoryTagId: null as unknown as string,
  validUntil: '2026-12-21',
  mediaFileIds: [],
  procurement: null as unknown as ContentView['procurement'],
  inventory: null as unknown as ContentView['inventory'],
  job: null as unknown as ContentView['job'],
  oemDemand: null as unknown as ContentView['oemDemand'],
  oemService: null as unknown as ContentView['oemService'],
}

export function aPosting(summary: PostingSummary = aSummary(), overrides: Partial<Posting> = {}): Posting {
  const content: ContentView =
    summary.kind === 'JOB'
      ? {
          ...emptyContent,
          provinceCode: '33',
          cityCode: '3301',
          job: {
            jobTypeId: 'term-sew',
            wageType: 'DAILY',
            wage: { min: 260, max: 320, currency: 'CNY' },
            headcount: 5,
            startDate: '2026-12-01',
            endDate: '2027-01-31',
            workingHours: '两班倒',
            requirements: '会平车',
            housingProvided: true,
            mealsProvided: true,
          },
        }
      : {
          ...emptyContent,
          categoryTagId: 'cat-1',
          procurement: {
            productName: '保温杯',
            quantity: 30000,
            unit: '个',
            targetPrice: { min: 12.5, max: 15, currency: 'CNY' },
            deliveryDate: '2027-01-20',
            qualityRequirements: '304 不锈钢内胆',
            certifications: ['FDA'],
            destinationCountry: 'US',
            sampleImageIds: [],
            quoteSeats: 10,
          },
        }
  return {
    summary,
    description: '出口美国',
    county: null as unknown as Posting['county'],
    addressLine: null as unknown as string,
    lat: 22.54,
    lng: 114.06,
    mediaFileIds: [],
    content,
    quoteSeats: 10,
    acceptedCount: 0,
    createdAt: '2026-11-20T01:00:00Z',
    submittedAt: null as unknown as string,
    reviewFlagged: false,
    reviewHits: [],
    rejectionReason: null as unknown as string,
    pendingContent: null as unknown as ContentView,
    pendingSubmittedAt: null as unknown as string,
    pendingFlagged: false,
    pendingHits: [],
    pendingRejection: null as unknown as string,
    viewer: { own: false, favourite: false, mayReview: false },
    ...overrides,
  } as Posting
}

export function aSearchResult(items: PostingSummary[] = [aSummary()], facets: SearchResult['facets'] = {}): SearchResult {
  return { items, page: 0, size: 20, total: items.length, facets }
}

export function aQuote(overrides: Partial<Quote> = {}): Quote {
  return {
    id: 'q-1',
    postingId: 'post-1',
    postingTitle: '求购 保温杯 30000 个',
    factory: { id: 'org-f1', name: '宁波海曙保温杯厂', type: 'FACTORY', verified: true },
    unitPrice: 13.2,
    currency: 'CNY',
    moq: 5000,
    leadTimeDays: 30,
    validUntil: '2026-12-31',
    notes: '含彩盒包装',
    attachmentFileIds: [],
    status: 'SUBMITTED',
    createdAt: '2026-11-21T02:00:00Z',
    updatedAt: '2026-11-21T02:00:00Z',
    decidedAt: null as unknown as string,
    ...overrides,
  } as Quote
}

export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    postingId: 'job-1',
    postingTitle: '招聘 缝纫工 5 人',
    factoryOrganizationId: 'org-factory',
    workerOrganizationId: 'org-worker',
    name: '王阿姨',
    gender: 'FEMALE',
    birthYear: 1990,
    experienceYears: 6,
    mobile: '139****9001',
    intro: '熟练平车',
    message: '下周一可以到岗',
    status: 'APPLIED',
    reason: null as unknown as string,
    createdAt: '2026-11-21T02:00:00Z',
    decidedAt: null as unknown as string,
    ...overrides,
  } as Application
}
