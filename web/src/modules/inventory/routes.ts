import type { RouteRecordRaw } from 'vue-router'
import { InventoryPermissions } from './api'

export const inventoryRoutes: RouteRecordRaw[] = [
  {
    // With a SKU id the page opens that SKU's ledger over the list (low-stock alerts link here).
    path: '/inventory/skus/:skuId?',
    name: 'inventory-stock',
    component: () => import('./views/StockPage.vue'),
    meta: { layout: 'app', titleKey: 'inventory.stock.title', permission: InventoryPermissions.read },
  },
]
