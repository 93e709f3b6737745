import type { RouteRecordRaw } from 'vue-router'
import { CatalogPermissions } from './api'

export const catalogRoutes: RouteRecordRaw[] = [
  {
    path: '/catalog/products',
    name: 'catalog-products',
    component: () => import('./views/ProductsPage.vue'),
    meta: { layout: 'app', titleKey: 'catalog.products.title', permission: CatalogPermissions.read },
  },
]
