import { api, unwrap } from '@/shared/api'
import type { RequestBody, ResponseBody } from '@/shared/api/types'

export type ProductPage = ResponseBody<'/api/catalog/products', 'get'>
export type ProductSummary = ProductPage['items'][number]
export type NewProduct = RequestBody<'/api/catalog/products', 'post'>
export type Product = ResponseBody<'/api/catalog/products/{id}', 'get'>
export type SalesAttribute = NonNullable<NewProduct['salesAttributes']>[number]
export type DistributionLinks = ResponseBody<'/api/catalog/products/{id}/distribution', 'get'>

/** Bulk-upload CSV files of every product (docs/distribution.md lists the columns). */
export const EXPORTS = [
  { platform: 'taobao', href: '/api/catalog/exports/taobao' },
  { platform: 'douyin', href: '/api/catalog/exports/douyin' },
] as const

export function qrCodeUrl(productId: string, size = 430): string {
  return `/api/catalog/products/${encodeURIComponent(productId)}/qr-code.png?size=${size}`
}

/** The channels a price grid shows (the server knows more: mini program, Xiaohongshu, Pinduoduo). */
export const GRID_CHANNELS = ['H5', 'TAOBAO', 'DOUYIN'] as const
export type GridChannel = (typeof GRID_CHANNELS)[number]

export const CatalogPermissions = {
  read: 'catalog:product:read',
  write: 'catalog:product:write',
  publish: 'catalog:product:publish',
} as const

export const catalogApi = {
  list: (page: number, size: number) => unwrap(api.GET('/api/catalog/products', { params: { query: { page, size } } })),
  create: (body: NewProduct) => unwrap(api.POST('/api/catalog/products', { body })),
  publish: (id: string) => unwrap(api.POST('/api/catalog/products/{id}/publish', { params: { path: { id } } })),
  distribution: (id: string) => unwrap(api.GET('/api/catalog/products/{id}/distribution', { params: { path: { id } } })),
  matrix: (salesAttributes: SalesAttribute[]) => unwrap(api.POST('/api/catalog/sku-matrix', { body: { salesAttributes } })),
}

/** Margin of a price over cost and whether it is below the floor (the server refuses those; the grid warns first). */
export function priceCheck(price: number | undefined, floor: number, cost: number) {
  if (price === undefined || Number.isNaN(price)) return { belowFloor: false, margin: undefined }
  return { belowFloor: price < floor, margin: Math.round((price - cost) * 100) / 100 }
}
