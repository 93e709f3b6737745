import type { RouteRecordRaw } from 'vue-router'
import { StorePermissions } from './api'

/** A seller's H5 store: visitors browse without a session; checkout and the order page need a signed-in buyer. */
export const storePublicRoutes: RouteRecordRaw[] = [
  {
    path: '/s/:storeId',
    name: 'store',
    component: () => import('./views/StorePage.vue'),
    meta: { public: true, layout: 'store', titleKey: 'store.home.title' },
  },
  {
    path: '/s/:storeId/products/:productId',
    name: 'store-product',
    component: () => import('./views/StoreProductPage.vue'),
    meta: { public: true, layout: 'store', titleKey: 'store.product.title' },
  },
]

export const storeRoutes: RouteRecordRaw[] = [
  {
    path: '/s/:storeId/checkout',
    name: 'store-checkout',
    component: () => import('./views/StoreCheckoutPage.vue'),
    meta: { layout: 'store', titleKey: 'store.checkout.title', permission: StorePermissions.buy },
  },
  {
    path: '/s/:storeId/orders/:orderId',
    name: 'store-order',
    component: () => import('./views/StoreOrderPage.vue'),
    meta: { layout: 'store', titleKey: 'store.order.title', permission: StorePermissions.buy },
  },
]
