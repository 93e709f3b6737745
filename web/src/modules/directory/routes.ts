import type { RouteRecordRaw } from 'vue-router'
import { DirectoryPermissions } from './api'

/** The public directory: visitors browse without a session (the app frame when logged in, a light frame otherwise). */
export const directoryPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/directory',
    name: 'directory',
    component: () => import('./views/DirectoryPage.vue'),
    meta: { public: true, layout: 'app', titleKey: 'directory.search.title' },
  },
  {
    path: '/directory/factories/:id',
    name: 'directory-factory',
    component: () => import('./views/FactoryPage.vue'),
    meta: { public: true, layout: 'app', titleKey: 'directory.factory.title' },
  },
]

export const directoryRoutes: RouteRecordRaw[] = [
  {
    path: '/directory/onboarding',
    name: 'directory-onboarding',
    component: () => import('./views/OnboardingPage.vue'),
    meta: { layout: 'app', titleKey: 'directory.onboarding.title', permission: DirectoryPermissions.factoryOnboard },
  },
  {
    path: '/directory/my-factory',
    name: 'directory-my-factory',
    component: () => import('./views/MyFactoryPage.vue'),
    meta: { layout: 'app', titleKey: 'directory.dashboard.title', permission: DirectoryPermissions.inquiryRead },
  },
  {
    path: '/directory/saved',
    name: 'directory-saved',
    component: () => import('./views/SavedPage.vue'),
    meta: { layout: 'app', titleKey: 'directory.saved.title', permission: DirectoryPermissions.favouriteManage },
  },
  {
    path: '/directory/verification',
    name: 'directory-verification',
    component: () => import('./views/VerificationPage.vue'),
    meta: { layout: 'app', titleKey: 'directory.verification.title', permission: DirectoryPermissions.verificationSubmit },
  },
  {
    path: '/admin/directory/reviews',
    name: 'directory-admin-reviews',
    component: () => import('./views/admin/ReviewQueuePage.vue'),
    meta: { layout: 'app', titleKey: 'directory.reviews.title', permission: DirectoryPermissions.reviewDecide },
  },
  {
    path: '/admin/directory/imports',
    name: 'directory-admin-imports',
    component: () => import('./views/admin/FactoryImportsPage.vue'),
    meta: { layout: 'app', titleKey: 'directory.imports.title', permission: DirectoryPermissions.importManage },
  },
  {
    path: '/admin/directory/tags',
    name: 'directory-admin-tags',
    component: () => import('./views/admin/TaxonomyAdminPage.vue'),
    meta: { layout: 'app', titleKey: 'directory.tags.title', permission: DirectoryPermissions.taxonomyManage },
  },
]
