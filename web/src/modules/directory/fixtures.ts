/** Answers of the directory API the page tests share. */
export const regions = {
  provinces: [
    {
      code: '44',
      name: '广东省',
      municipality: false,
      lat: null,
      lng: null,
      cities: [
        { code: '4403', name: '深圳市', lat: 22.643, lng: 114.1424 },
        // a city the coordinate data does not know yet: addresses may use it, distance cannot start from it
        { code: '4499', name: '新设市', lat: null, lng: null },
      ],
    },
    { code: '11', name: '北京市', municipality: true, lat: 39.9175, lng: 116.4188, cities: [] },
  ],
}

export const counties: Record<string, unknown> = {
  '4403': { city: { code: '4403', name: '深圳市' }, counties: [{ code: '440305', name: '南山区' }] },
  '11': { city: { code: '11', name: '北京市' }, counties: [{ code: '110101', name: '东城区' }] },
}

const tag = (id: string, nameZh: string, nameEn: string) => ({ id, code: id, nameZh, nameEn, sortOrder: 0, retired: false })

export const taxonomy = {
  industries: [
    { ...tag('ind-1', '日用百货制造', 'Daily goods manufacturing'), exportIndustries: ['home'], categories: [tag('cat-1', '保温杯', 'Vacuum flasks'), tag('cat-2', '餐具', 'Tableware')] },
    { ...tag('ind-2', '模具加工服务', 'Mould making'), exportIndustries: [], categories: [tag('cat-3', '注塑模具', 'Injection moulds')] },
  ],
  attributeGroups: [{ id: 'g-1', code: 'business', nameZh: '业务类型', nameEn: 'Business type', tags: [tag('attr-1', '生产型', 'Manufacturer')] }],
  exportIndustries: [],
}

export function aReview(overrides: Record<string, unknown> = {}) {
  return {
    id: 'rev-1',
    kind: 'ONBOARDING',
    status: 'PENDING',
    organizationId: 'org-1',
    factoryId: 'fac-1',
    submittedAt: '2026-11-20T02:00:00Z',
    dueAt: '2026-11-21T02:00:00Z',
    overdue: false,
    companyName: '深圳市恒温保温杯制造有限公司',
    creditCode: '91440305MA5F11110X',
    legalRepresentative: '王建国',
    address: { province: { code: '44', name: '广东省' }, city: { code: '4403', name: '深圳市' }, county: { code: '440305', name: '南山区' }, line: '科技园 8 栋', countryCode: 'CN' },
    licenceFileId: 'file-1',
    industry: { id: 'ind-1', code: 'daily-goods', nameZh: '日用百货制造', nameEn: 'Daily goods', retired: false },
    categories: [{ id: 'cat-1', code: 'x', nameZh: '保温杯', nameEn: 'Vacuum flasks', retired: false }],
    attributes: [],
    contactName: '李经理',
    contactMobile: '13812345678',
    contactEmail: null,
    decidedAt: null,
    reason: null,
    ...overrides,
  }
}
