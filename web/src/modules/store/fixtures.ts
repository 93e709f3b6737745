import type { Order, StoreProduct } from './api'

/** A 2×2 hoodie as the store route returns it: white/L sold out, black/M in a live-room activity. */
export function aStoreProduct(): StoreProduct {
  const sku = (id: string, colour: string, size: string, price: string, available: number, source = 'CHANNEL') => ({
    id,
    attributes: { 颜色: colour, 尺码: size },
    price: Number(price),
    priceSource: source,
    activity: source === 'ACTIVITY' ? '直播专享' : null,
    activityEndsAt: source === 'ACTIVITY' ? '2026-11-22T14:00:00Z' : null,
    msrp: 199,
    memberPrice: 109,
    available,
  })
  return {
    id: 'prod-1',
    storeId: 'store-1',
    storeName: '小鹿美妆工作室',
    name: '联名卫衣',
    brand: null as unknown as string,
    kind: 'PHYSICAL',
    virtualType: null as unknown as 'COURSE',
    shipFrom: '杭州',
    currency: 'CNY',
    channel: 'H5',
    salesAttributes: [
      { name: '颜色', values: ['黑', '白'] },
      { name: '尺码', values: ['M', 'L'] },
    ],
    media: [],
    skus: [sku('sku-bm', '黑', 'M', '99', 3, 'ACTIVITY'), sku('sku-bl', '黑', 'L', '129', 2), sku('sku-wm', '白', 'M', '129', 1), sku('sku-wl', '白', 'L', '129', 0)],
  } as unknown as StoreProduct
}

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'order-1',
    sellerId: 'store-1',
    channel: 'H5',
    status: 'PENDING_PAYMENT',
    currency: 'CNY',
    total: 258,
    lines: [{ skuId: 'sku-bl', productName: '联名卫衣', attributes: { 颜色: '黑', 尺码: 'L' }, quantity: 2, unitPrice: 129, priceSource: 'CHANNEL', lineTotal: 258, virtual: false }],
    address: { recipient: '张三', phone: '138****1234', region: '上海市 浦东新区', detail: '世纪大道 100 号' },
    reservation: { id: 'res-1', status: 'ACTIVE', expiresAt: '2026-11-22T12:15:00Z' },
    paymentReference: null,
    cancelReason: null,
    expiresAt: '2026-11-22T12:15:00Z',
    createdAt: '2026-11-22T12:00:00Z',
    paidAt: null,
    deliveries: [],
    ...overrides,
  } as unknown as Order
}
