import { api, unwrap } from '@/shared/api'
import type { RequestBody, ResponseBody } from '@/shared/api/types'

export type StockPage = ResponseBody<'/api/inventory/skus', 'get'>
export type Stock = StockPage['items'][number]
export type MovementPage = ResponseBody<'/api/inventory/skus/{skuId}/movements', 'get'>
export type Movement = MovementPage['items'][number]
export type Adjustment = RequestBody<'/api/inventory/skus/{skuId}/adjustments', 'post'>

export const InventoryPermissions = {
  read: 'inventory:stock:read',
  adjust: 'inventory:stock:adjust',
} as const

export const inventoryApi = {
  list: (lowOnly: boolean, page: number, size: number) =>
    unwrap(api.GET('/api/inventory/skus', { params: { query: { lowOnly, page, size } } })),
  stock: (skuId: string) => unwrap(api.GET('/api/inventory/skus/{skuId}', { params: { path: { skuId } } })),
  movements: (skuId: string, page: number, size: number) =>
    unwrap(api.GET('/api/inventory/skus/{skuId}/movements', { params: { path: { skuId }, query: { page, size } } })),
  adjust: (skuId: string, body: Adjustment) =>
    unwrap(api.POST('/api/inventory/skus/{skuId}/adjustments', { params: { path: { skuId } }, body })),
  setAlert: (skuId: string, threshold: number | null) =>
    unwrap(api.PUT('/api/inventory/skus/{skuId}/alert', { params: { path: { skuId } }, body: { threshold: threshold ?? undefined } })),
}
