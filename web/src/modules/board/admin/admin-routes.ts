import { ChatDotSquare, Checked, DataBoard, Histogram, Notification, Operation, WarnTriangleFilled } from '@element-plus/icons-vue'
import type { RouteRecordRaw } from 'vue-router'
import type { MenuEntry } from '@/app/menu'
import { BoardAdminPermissions as P } from './api'

/** The board's platform console (seed 002 四.(二) 管理端): review, complaints, settings, dashboards, announcements, feedback. */
export const boardAdminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/board/reviews',
    name: 'board-admin-reviews',
    component: () => import('./views/ReviewCentrePage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.reviews.title', permission: P.reviewDecide },
  },
  {
    path: '/admin/board/complaints',
    name: 'board-admin-complaints',
    component: () => import('./views/ComplaintsPage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.complaints.title', permission: P.complaintResolve },
  },
  {
    path: '/admin/board/words',
    name: 'board-admin-words',
    component: () => import('./views/ModerationWordsPage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.words.title', permission: P.moderationManage },
  },
  {
    path: '/admin/board/terms',
    name: 'board-admin-terms',
    component: () => import('./views/TermsPage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.terms.title', permission: P.termManage },
  },
  {
    path: '/admin/board/dashboard',
    name: 'board-admin-dashboard',
    component: () => import('./views/DashboardPage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.dashboard.title', permission: P.statsRead },
  },
  {
    path: '/admin/board/announcements',
    name: 'board-admin-announcements',
    component: () => import('./views/AnnouncementsPage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.announcements.title', permission: P.announcementManage },
  },
  {
    path: '/admin/board/feedback',
    name: 'board-admin-feedback',
    component: () => import('./views/FeedbackInboxPage.vue'),
    meta: { layout: 'app', titleKey: 'boardAdmin.feedback.title', permission: P.feedbackManage },
  },
]

/** The console menu's board group; each entry only with its page's permission. */
export const boardAdminMenuEntries: MenuEntry[] = [
  { path: '/admin/board/reviews', labelKey: 'boardAdmin.menu.reviews', icon: Checked, permission: P.reviewDecide, testId: 'menu-board-reviews' },
  { path: '/admin/board/complaints', labelKey: 'boardAdmin.menu.complaints', icon: WarnTriangleFilled, permission: P.complaintResolve, testId: 'menu-board-complaints' },
  { path: '/admin/board/words', labelKey: 'boardAdmin.menu.words', icon: Operation, permission: P.moderationManage, testId: 'menu-board-words' },
  { path: '/admin/board/terms', labelKey: 'boardAdmin.menu.terms', icon: Histogram, permission: P.termManage, testId: 'menu-board-terms' },
  { path: '/admin/board/dashboard', labelKey: 'boardAdmin.menu.dashboard', icon: DataBoard, permission: P.statsRead, testId: 'menu-board-dashboard' },
  { path: '/admin/board/announcements', labelKey: 'boardAdmin.menu.announcements', icon: Notification, permission: P.announcementManage, testId: 'menu-board-announcements' },
  { path: '/admin/board/feedback', labelKey: 'boardAdmin.menu.feedback', icon: ChatDotSquare, permission: P.feedbackManage, testId: 'menu-board-feedback' },
]
