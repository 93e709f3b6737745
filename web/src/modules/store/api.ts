import { api, unwrap } from '@/shared/api'
import type { RequestBody, ResponseBody } from '@/shared/api/types'

export type Store = ResponseBody<'/api/catalog/stores/{storeId}', 'get'>
export type StoreProductPage = ResponseBody<'/api/catalog/stores/{storeId}/products', 'get'>
export type ProductCard = StoreProductPage['items'][number]
export type StoreProduct = ResponseBody<'/api/catalog/stores/{storeId}/products/{productId}', 'get'>
export type StoreSku = StoreProduct['skus'][number]
export type Order = ResponseBody<'/api/order/orders/{id}', 'get'>
export type PlaceOrder = RequestBody<'/api/order/orders', 'post'>
export type Address = PlaceOrder['address']

/** Buying needs a signed-in account of any kind (docs/storefront.md); the permission every member holds. */
export const StorePermissions = { buy: 'order:order:place' } as const

export const storeApi = {
  store: (storeId: string) => unwrap(api.GET('/api/catalog/stores/{storeId}', { params: { path: { storeId } } })),
  products: (storeId: string, page: number, size: number) =>
    unwrap(api.GET('/api/catalog/stores/{storeId}/products', { params: { path: { storeId }, query: { page, size } } })),
  product: (storeId: string, productId: string) =>
    unwrap(api.GET('/api/catalog/stores/{storeId}/products/{productId}', { params: { path: { storeId, productId } } })),
  place: (idempotencyKey: string, body: PlaceOrder) =>
    unwrap(api.POST('/api/order/orders', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
  order: (id: string) => unwrap(api.GET('/api/order/orders/{id}', { params: { path: { id } } })),
  pay: (id: string, sandboxOutcome: 'SUCCEED' | 'DECLINE') =>
    unwrap(api.POST('/api/order/orders/{id}/pay', { params: { path: { id } }, body: { sandboxOutcome } })),
  cancel: (id: string) => unwrap(api.POST('/api/order/orders/{id}/cancel', { params: { path: { id } } })),
}

/** The SKU whose attributes equal the chosen values, once every sales attribute has one. */
export function skuFor(product: StoreProduct, chosen: Record<string, string>): StoreSku | undefined {
  if (product.salesAttributes.some((a) => !chosen[a.name])) return undefined
  return product.skus.find((sku) => product.salesAttributes.every((a) => sku.attributes[a.name] === chosen[a.name]))
}

/**
 * Whether choosing {@code value} for {@code attribute} (keeping the other choices) can still lead to a SKU in stock:
 * sold-out combinations are greyed out before the buyer picks them.
 */
export function canChoose(product: StoreProduct, chosen: Record<string, string>, attribute: string, value: string): boolean {
  return product.skus.some(
    (sku) =>
      sku.available > 0 &&
      sku.attributes[attribute] === value &&
      product.salesAttributes.every((a) => a.name === attribute || !chosen[a.name] || sku.attributes[a.name] === chosen[a.name]),
  )
}

const KEY_PREFIX = 'store.checkout.'

/**
 * The idempotency key of one checkout: the same for every retry of the same cart in this tab (a double tap or a
 * resend after a network error returns the same order), a new one once an order was made from it.
 */
export function checkoutKey(cart: string, storage: Storage = sessionStorage): string {
  const existing = storage.getItem(KEY_PREFIX + cart)
  if (existing) return existing
  const key = crypto.randomUUID()
  storage.setItem(KEY_PREFIX + cart, key)
  return key
}

export function forgetCheckoutKey(cart: string, storage: Storage = sessionStorage): void {
  storage.removeItem(KEY_PREFIX + cart)
}
