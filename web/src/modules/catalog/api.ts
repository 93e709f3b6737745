import { api, unwrap } from '@/shared/api'
import type { components } from '@/shared/api/schema'
import type { RequestBody, ResponseBody } from '@/shared/api/types'

export type ProductPage = ResponseBody<'/api/catalog/products', 'get'>
export type ProductSummary = ProductPage['items'][number]
export type NewProduct = RequestBody<'/api/catalog/products', 'post'>
export type Product = ResponseBody<'/api/catalog/products/{id}', 'get'>
export type ProductSku = Product['skus'][number]
export type PricesRequest = RequestBody<'/api/catalog/skus/{skuId}/prices', 'put'>
export type SalesAttribute = NonNullable<NewProduct['salesAttributes']>[number]
export type DistributionLinks = ResponseBody<'/api/catalog/products/{id}/distribution', 'get'>
export type SkuLabel = ResponseBody<'/api/catalog/skus', 'get'>[number]
export type CodePool = ResponseBody<'/api/catalog/skus/{skuId}/activation-codes', 'get'>
export type VirtualType = NonNullable<NewProduct['virtualType']>

/** Where a product is sold (the server's SalesChannel, in its order); each channel may carry its own price. */
export type SalesChannel = components['schemas']['OrderResponse']['channel']
export const SALES_CHANNELS = ['MINI_PROGRAM', 'H5', 'TAOBAO', 'XIAOHONGSHU', 'DOUYIN', 'PINDUODUO'] as const satisfies readonly SalesChannel[]
// Compile-time proof that the list names every channel the server has.
type Missing = Exclude<SalesChannel, (typeof SALES_CHANNELS)[number]>
export const EVERY_CHANNEL_LISTED: Missing extends never ? true : never = true

export const VIRTUAL_TYPES = ['COURSE', 'AUDIO', 'ACTIVATION_CODE', 'MEMBERSHIP_CARD', 'LIVE_TICKET'] as const satisfies readonly VirtualType[]

/** Bulk-upload CSV files of every product (docs/distribution.md lists the columns). */
export const EXPORTS = [
  { platform: 'taobao', href: '/api/catalog/exports/taobao' },
  { platform: 'douyin', href: '/api/catalog/exports/douyin' },
] as const

export function qrCodeUrl(productId: string, size = 430): string {
  return `/api/catalog/products/${encodeURIComponent(productId)}/qr-code.png?size=${size}`
}

export const CatalogPermissions = {
  read: 'catalog:product:read',
  write: 'catalog:product:write',
  publish: 'catalog:product:publish',
} as const

/** The server names at most this many SKUs per lookup. */
export const LABELS_PER_CALL = 200

export const catalogApi = {
  list: (page: number, size: number) => unwrap(api.GET('/api/catalog/products', { params: { query: { page, size } } })),
  get: (id: string) => unwrap(api.GET('/api/catalog/products/{id}', { params: { path: { id } } })),
  create: (body: NewProduct) => unwrap(api.POST('/api/catalog/products', { body })),
  publish: (id: string) => unwrap(api.POST('/api/catalog/products/{id}/publish', { params: { path: { id } } })),
  changePrices: (skuId: string, body: PricesRequest) =>
    unwrap(api.PUT('/api/catalog/skus/{skuId}/prices', { params: { path: { skuId } }, body })),
  distribution: (id: string) => unwrap(api.GET('/api/catalog/products/{id}/distribution', { params: { path: { id } } })),
  matrix: (salesAttributes: SalesAttribute[]) => unwrap(api.POST('/api/catalog/sku-matrix', { body: { salesAttributes } })),
  codePool: (skuId: string) => unwrap(api.GET('/api/catalog/skus/{skuId}/activation-codes', { params: { path: { skuId } } })),
  importCodes: (skuId: string, codes: string[]) =>
    unwrap(api.POST('/api/catalog/skus/{skuId}/activation-codes', { params: { path: { skuId } }, body: { codes } })),
  /** Names for SKU ids (product, attributes, code); ids of other organisations are left out. */
  skuLabels: async (skuIds: readonly string[]): Promise<SkuLabel[]> => {
    const unique = [...new Set(skuIds)]
    const labels: SkuLabel[] = []
    for (let i = 0; i < unique.length; i += LABELS_PER_CALL) {
      const ids = unique.slice(i, i + LABELS_PER_CALL)
      labels.push(...(await unwrap(api.GET('/api/catalog/skus', { params: { query: { ids } } }))))
    }
    return labels
  },
}

/**
 * A SKU's attributes in the order of the product's sales attributes (颜色 before 尺码): the server stores them as jsonb,
 * which keeps no key order.
 */
export function inAttributeOrder(salesAttributes: readonly { name: string }[], attributes: Record<string, string>): Record<string, string> {
  const ordered: Record<string, string> = {}
  for (const a of salesAttributes) if (a.name in attributes) ordered[a.name] = attributes[a.name]!
  for (const [name, value] of Object.entries(attributes)) if (!(name in ordered)) ordered[name] = value
  return ordered
}

/** `黑 / M`: a SKU's attribute values in the product's order; empty for a product without sales attributes. */
export function skuName(attributes: Record<string, string>): string {
  return Object.values(attributes).join(' / ')
}
