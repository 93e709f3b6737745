import type { Announcement, Complaint, ContentView, FeedbackEntry, ModerationWord, ReviewPosting, Stats, StatsFigures, Term } from './api'

const nil = null as unknown as string

export function aContent(overrides: Partial<ContentView> = {}): ContentView {
  return {
    title: '求购 保温杯 30000 个',
    description: '出口美国，加微信 abc123 详谈',
    provinceCode: '44',
    cityCode: '4403',
    countyCode: nil,
    addressLine: nil,
    categoryTagId: 'cat-cup',
    validUntil: '2026-12-31',
    mediaFileIds: [],
    procurement: {
      productName: '保温杯',
      quantity: 30000,
      unit: '个',
      targetPrice: { min: 12.5, max: 15, currency: 'CNY' },
      deliveryDate: '2027-02-01',
      qualityRequirements: '304 不锈钢',
      certifications: ['FDA'],
      destinationCountry: 'US',
      quoteSeats: 10,
      sampleImageIds: [],
    },
    inventory: null,
    job: null,
    oemDemand: null,
    oemService: null,
    ...overrides,
  } as ContentView
}

export function aPosting(overrides: { id?: string; title?: string; flagged?: boolean; revision?: boolean; pending?: ContentView } = {}): ReviewPosting {
  const id = overrides.id ?? 'post-1'
  const revision = overrides.revision ?? false
  const hits = overrides.flagged ? [{ text: '微信', word: '微信', level: 'REVIEW', field: 'description' }] : []
  return {
    summary: {
      id,
      kind: 'PROCUREMENT',
      status: revision ? 'PUBLISHED' : 'PENDING_REVIEW',
      title: overrides.title ?? '求购 保温杯 30000 个',
      province: { code: '44', name: '广东省' },
      city: { code: '4403', name: '深圳市' },
      category: { id: 'cat-cup', nameZh: '保温杯', nameEn: 'Vacuum flasks', retired: false },
      terms: [],
      quantity: 30000,
      unit: '个',
      headcount: null,
      price: null,
      attributes: [],
      coverFileId: nil,
      organization: { id: 'org-t', name: '深圳环球进出口有限公司', type: 'TRADING_COMPANY', verified: true },
      publishedAt: revision ? '2026-11-01T02:00:00Z' : nil,
      validUntil: '2026-12-31T15:59:59Z',
      updatedAt: '2026-11-20T02:00:00Z',
      distanceKm: null,
      hasPendingRevision: revision,
      quoteCount: 0,
      applicationCount: 0,
      contactCount: 0,
      viewCount: 0,
    },
    description: '',
    county: null,
    addressLine: nil,
    lat: null,
    lng: null,
    mediaFileIds: [],
    content: aContent({ title: overrides.title ?? '求购 保温杯 30000 个' }),
    quoteSeats: 10,
    acceptedCount: 0,
    createdAt: '2026-11-20T01:00:00Z',
    submittedAt: '2026-11-20T02:00:00Z',
    reviewFlagged: !revision && !!overrides.flagged,
    reviewHits: revision ? [] : hits,
    rejectionReason: nil,
    pendingContent: revision ? (overrides.pending ?? aContent()) : null,
    pendingSubmittedAt: revision ? '2026-11-21T02:00:00Z' : nil,
    pendingFlagged: revision && !!overrides.flagged,
    pendingHits: revision ? hits : [],
    pendingRejection: nil,
    viewer: { own: false, favourite: false, mayReview: true },
  } as unknown as ReviewPosting
}

export function aComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'cmp-1',
    targetType: 'POSTING',
    targetId: 'post-1',
    postingId: 'post-1',
    reported: { id: 'org-r', name: '东莞某五金厂', type: 'FACTORY', verified: true },
    reporter: { id: 'org-p', name: '宁波外贸公司', type: 'TRADING_COMPANY', verified: true },
    reason: 'FRAUD',
    description: '收了定金不发货',
    evidence: '库存 保温杯 5000 个\n低价清仓，先付全款',
    status: 'OPEN',
    resolution: nil,
    action: null,
    createdAt: '2026-11-20T02:00:00Z',
    resolvedAt: nil,
    ...overrides,
  } as Complaint
}

export function aWord(overrides: Partial<ModerationWord> = {}): ModerationWord {
  return { id: 'w-1', word: '微信', normalized: '微信', level: 'REVIEW', note: '站外联系', createdAt: '2026-11-01T00:00:00Z', ...overrides } as ModerationWord
}

export function aTerm(overrides: Partial<Term> = {}): Term {
  return { id: 't-1', kind: 'JOB_TYPE', code: 'sewing', nameZh: '缝纫工', nameEn: 'Sewing machinist', sortOrder: 10, retired: false, ...overrides } as Term
}

export function figures(overrides: Partial<StatsFigures> = {}): StatsFigures {
  return {
    newOrganizations: { FACTORY: 2, TRADING_COMPANY: 1, BRAND: 0, CREATOR: 0, WORKER: 3 },
    postingsSubmitted: { PROCUREMENT: 4, INVENTORY: 1, JOB: 2, OEM_DEMAND: 1, OEM_SERVICE: 1 },
    published: 6,
    approvals: 6,
    rejections: 2,
    contacts: 5,
    deals: 1,
    matches: 7,
    applications: 3,
    acceptances: 1,
    quotes: 4,
    oem: { demandsPosted: 1, servicesPosted: 1, contacts: 2, deals: 1 },
    ...overrides,
  } as StatsFigures
}

export function aStats(granularity: 'day' | 'week' | 'month' = 'day'): Stats {
  return {
    granularity,
    from: '2026-11-30',
    to: '2026-12-01',
    zone: 'Asia/Shanghai',
    periods: [
      { start: '2026-11-30', end: '2026-11-30', figures: figures({ approvals: 2 }) },
      { start: '2026-12-01', end: '2026-12-01', figures: figures({ approvals: 4 }) },
    ],
    totals: figures({ approvals: 6, newOrganizations: { FACTORY: 4, TRADING_COMPANY: 2, BRAND: 0, CREATOR: 0, WORKER: 6 } }),
    funnel: { published: 10, contacted: 4, deals: 1, contactRate: 0.4, dealRate: 0.1 },
  } as Stats
}

export function anAnnouncement(overrides: Partial<Announcement> = {}): Announcement {
  return {
    id: 'ann-1',
    title: '春节审核安排',
    body: '春节期间审核时间延长至 2 个工作日。',
    link: '/board',
    level: 'WARNING',
    startsAt: '2026-11-01T00:00:00Z',
    endsAt: nil,
    state: 'ACTIVE',
    updatedAt: '2026-11-01T00:00:00Z',
    version: 0,
    ...overrides,
  } as Announcement
}

export function aFeedback(overrides: Partial<FeedbackEntry> = {}): FeedbackEntry {
  return {
    id: 'fb-1',
    author: { userId: 'u-1', displayName: '李师傅', organizationId: 'org-w', organizationName: '李师傅', type: 'WORKER' },
    category: 'PROBLEM',
    content: '应聘后一直没有回复',
    contact: '139****5678',
    status: 'OPEN',
    reply: nil,
    repliedAt: nil,
    createdAt: '2026-11-20T02:00:00Z',
    ...overrides,
  } as FeedbackEntry
}
