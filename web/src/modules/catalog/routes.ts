import type { RouteRecordRaw } from 'vue-router'
import { CatalogPermissions } from './api'

export const catalogRoutes: RouteRecordRaw[] = [
  {
    path: '/catalog/products',
    name: 'catalog-products',
    component: () => import('./views/ProductsPage.vue'),
    meta: { layout: 'app', titleKey: 'catalog.products.title', permission: CatalogPermissions.read },
  },
  {
    path: '/catalog/products/new',
    name: 'catalog-product-new',
    component: () => import('./views/ProductEditorPage.vue'),
    meta: { layout: 'app', titleKey: 'catalog.editor.title', permission: CatalogPermissions.write },
  },
  {
    path: '/catalog/products/:id',
    name: 'catalog-product',
    component: () => import('./views/ProductPage.vue'),
    meta: { layout: 'app', titleKey: 'catalog.product.title', permission: CatalogPermissions.read },
  },
]
