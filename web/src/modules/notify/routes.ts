import type { RouteRecordRaw } from 'vue-router'
import { NotifyPermissions } from './api'

export const notifyRoutes: RouteRecordRaw[] = [
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./views/NotificationsPage.vue'),
    meta: { layout: 'app', titleKey: 'notify.list.title', permission: NotifyPermissions.read },
  },
]
