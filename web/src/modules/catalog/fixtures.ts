import type { Product } from './api'

/** A 2×2 hoodie as GET /api/catalog/products/{id} answers: black/M has a Taobao price and a live-room price. */
export function aProduct(overrides: Partial<Product> = {}): Product {
  const sku = (id: string, colour: string, size: string, extra: Partial<Product['skus'][number]['prices']> = {}) => ({
    id,
    code: `HD-${colour}${size}`,
    attributes: { 颜色: colour, 尺码: size },
    currency: 'CNY',
    prices: {
      msrp: 199,
      cost: 60,
      floorPrice: 99,
      price: 149,
      memberPrice: null as unknown as number,
      channelPrices: {},
      activityPrices: [],
      ...extra,
    },
    margin: 89,
    physical: 10,
    reserved: 1,
    available: 9,
  })
  return {
    id: 'prod-1',
    name: '联名卫衣',
    brand: '小鹿',
    category: '服饰',
    kind: 'PHYSICAL',
    virtualType: null as unknown as 'COURSE',
    weightGrams: 450,
    lengthMm: 300,
    widthMm: 200,
    heightMm: 100,
    shipFrom: '浙江 杭州',
    freightTemplate: '包邮',
    currency: 'CNY',
    salesAttributes: [
      { name: '颜色', values: ['黑', '白'] },
      { name: '尺码', values: ['M', 'L'] },
    ],
    media: [],
    status: 'DRAFT',
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-01T02:00:00Z',
    skus: [
      sku('sku-bm', '黑', 'M', {
        channelPrices: { TAOBAO: 139 },
        activityPrices: [{ activity: '双11直播', price: 119, startsAt: '2026-11-11T12:00:00Z', endsAt: '2026-11-11T14:00:00Z' }],
      }),
      sku('sku-bl', '黑', 'L'),
      sku('sku-wm', '白', 'M'),
      sku('sku-wl', '白', 'L'),
    ],
    ...overrides,
  }
}
