import { api, unwrap } from '@/shared/api'
import type { RequestBody, ResponseBody } from '@/shared/api/types'

export type StockPage = ResponseBody<'/api/inventory/skus', 'get'>
export type Stock = StockPage['items'][number]
export type MovementPage = ResponseBody<'/api/inventory/skus/{skuId}/movements', 'get'>
export type Movement = MovementPage['items'][number]
export type Adjustment = RequestBody<'/api/inventory/skus/{skuId}/adjustments', 'post'>
export type AdjustmentKind = Adjustment['kind']
export type AllocationPage = ResponseBody<'/api/inventory/allocations', 'get'>
export type Allocation = AllocationPage['items'][number]
export type NewAllocation = RequestBody<'/api/inventory/allocations', 'post'>
export type CountImportResult = ResponseBody<'/api/inventory/count-imports', 'post'>
export type CountImportError = CountImportResult['errors'][number]

export const ADJUSTMENT_KINDS = ['RECEIPT', 'DAMAGE', 'COUNT'] as const satisfies readonly AdjustmentKind[]
/** Ledger kinds (inventory.movements.kind): the adjustments plus what sales and set-up write. */
export const MOVEMENT_KINDS = ['INITIAL', 'RECEIPT', 'COUNT', 'DAMAGE', 'SALE', 'CORRECTION'] as const

export const InventoryPermissions = {
  read: 'inventory:stock:read',
  adjust: 'inventory:stock:adjust',
  allocate: 'inventory:allocation:manage',
} as const

export const inventoryApi = {
  list: (lowOnly: boolean, page: number, size: number) =>
    unwrap(api.GET('/api/inventory/skus', { params: { query: { lowOnly, page, size } } })),
  stock: (skuId: string) => unwrap(api.GET('/api/inventory/skus/{skuId}', { params: { path: { skuId } } })),
  movements: (skuId: string, page: number, size: number) =>
    unwrap(api.GET('/api/inventory/skus/{skuId}/movements', { params: { path: { skuId }, query: { page, size } } })),
  adjust: (skuId: string, body: Adjustment) =>
    unwrap(api.POST('/api/inventory/skus/{skuId}/adjustments', { params: { path: { skuId } }, body })),
  /** `null` clears the alert. */
  setAlert: (skuId: string, threshold: number | null) =>
    unwrap(api.PUT('/api/inventory/skus/{skuId}/alert', { params: { path: { skuId } }, body: threshold === null ? {} : { threshold } })),
  allocations: (page: number, size: number) => unwrap(api.GET('/api/inventory/allocations', { params: { query: { page, size } } })),
  allocate: (body: NewAllocation) => unwrap(api.POST('/api/inventory/allocations', { body })),
  endAllocation: (id: string) => unwrap(api.POST('/api/inventory/allocations/{id}/end', { params: { path: { id } } })),
  importCounts: (csv: string) => unwrap(api.POST('/api/inventory/count-imports', { body: { csv } })),
}

/**
 * Units an active allocation can still sell: its held quantity less what unpaid orders took. The server keeps
 * `quantity` as what is still set aside (it shrinks as units sell), `pending` as units in unpaid orders.
 */
export function allocationRemaining(a: Allocation): number {
  return Math.max(0, a.quantity - a.pending)
}

/** What an allocation was given at the start (while it runs): still held plus sold. */
export function allocationOriginal(a: Allocation): number {
  return a.quantity + a.sold
}
