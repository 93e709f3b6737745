import type { RouteRecordRaw } from 'vue-router'
import { INTEL_READERS, IntelPermissions } from './api'

/** The shared weekly report: whoever holds the link reads it on a phone, no account needed. */
export const intelPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/r/:token',
    name: 'intel-shared-report',
    component: () => import('./views/SharedReportPage.vue'),
    meta: { public: true, layout: 'app', titleKey: 'intel.shared.title' },
  },
]

export const intelRoutes: RouteRecordRaw[] = [
  {
    path: '/intel',
    name: 'intel-home',
    component: () => import('./views/IntelSearchPage.vue'),
    meta: { layout: 'app', titleKey: 'intel.home.title', permission: INTEL_READERS },
  },
  {
    path: '/intel/search',
    name: 'intel-search',
    component: () => import('./views/IntelSearchPage.vue'),
    meta: { layout: 'app', titleKey: 'intel.search.title', permission: INTEL_READERS },
  },
  {
    path: '/intel/hot-products',
    name: 'intel-hot-products',
    component: () => import('./views/HotProductsPage.vue'),
    meta: { layout: 'app', titleKey: 'intel.hot.title', permission: INTEL_READERS },
  },
  {
    path: '/intel/weekly-report',
    name: 'intel-weekly-report',
    component: () => import('./views/WeeklyReportPage.vue'),
    meta: { layout: 'app', titleKey: 'intel.report.title', permission: INTEL_READERS },
  },
  {
    path: '/admin/intel/imports',
    name: 'intel-admin-imports',
    component: () => import('./views/admin/ImportsPage.vue'),
    meta: { layout: 'app', titleKey: 'intel.imports.title', permission: IntelPermissions.curate },
  },
  {
    path: '/admin/intel/curation',
    name: 'intel-admin-curation',
    component: () => import('./views/admin/CurationPage.vue'),
    meta: { layout: 'app', titleKey: 'intel.curation.title', permission: IntelPermissions.curate },
  },
]
