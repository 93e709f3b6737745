import type { RouteRecordRaw } from 'vue-router'
import { Permissions } from './api'

/** Pages outside a session, in the auth frame. */
export const identityPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/LoginPage.vue'),
    meta: { public: true, layout: 'auth', titleKey: 'identity.login.title' },
  },
  {
    path: '/sign-up',
    name: 'sign-up',
    component: () => import('./views/SignUpPage.vue'),
    meta: { public: true, layout: 'auth', titleKey: 'identity.signUp.title' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('./views/ForgotPasswordPage.vue'),
    meta: { public: true, layout: 'auth', titleKey: 'identity.forgot.title' },
  },
]

/** Pages inside the app frame. */
export const identityRoutes: RouteRecordRaw[] = [
  {
    path: '/profile',
    name: 'profile',
    component: () => import('./views/ProfilePage.vue'),
    meta: { layout: 'app', titleKey: 'identity.profile.title' },
  },
  {
    path: '/organization',
    name: 'organization',
    component: () => import('./views/OrganizationPage.vue'),
    meta: { layout: 'app', titleKey: 'identity.organization.title', permission: Permissions.memberRead },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('./views/admin/AdminUsersPage.vue'),
    meta: { layout: 'app', titleKey: 'identity.admin.users.title', permission: Permissions.userReadAll },
  },
  {
    path: '/admin/organizations',
    name: 'admin-organizations',
    component: () => import('./views/admin/AdminOrganizationsPage.vue'),
    meta: { layout: 'app', titleKey: 'identity.admin.organizations.title', permission: Permissions.organizationReadAll },
  },
  {
    path: '/admin/audit-log',
    name: 'admin-audit-log',
    component: () => import('./views/admin/AuditLogPage.vue'),
    meta: { layout: 'app', titleKey: 'identity.admin.audit.title', permission: Permissions.auditRead },
  },
]
