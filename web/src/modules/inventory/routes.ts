import type { RouteRecordRaw } from 'vue-router'
import { InventoryPermissions } from './api'

export const inventoryRoutes: RouteRecordRaw[] = [
  {
    path: '/inventory/skus',
    name: 'inventory-stock',
    component: () => import('./views/StockPage.vue'),
    meta: { layout: 'app', titleKey: 'inventory.stock.title', permission: InventoryPermissions.read },
  },
]
