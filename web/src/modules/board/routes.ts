import type { RouteRecordRaw } from 'vue-router'
import { BoardPermissions } from './api'

/** The board itself and one posting: visitors browse without a session (seed 002: 首页, 查看详情). */
export const boardPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/board',
    name: 'board',
    component: () => import('./views/BoardHomePage.vue'),
    meta: { public: true, layout: 'app', titleKey: 'board.home.title' },
  },
  {
    path: '/board/:section(procurement|inventory|jobs|oem-demands|oem-services)',
    name: 'board-section',
    component: () => import('./views/BoardHomePage.vue'),
    meta: { public: true, layout: 'app', titleKey: 'board.home.title' },
  },
  {
    path: '/board/postings/:id',
    name: 'board-posting',
    component: () => import('./views/PostingPage.vue'),
    meta: { public: true, layout: 'app', titleKey: 'board.detail.title' },
  },
]

/** Publishing and the personal centre. The paths the server's notifications link to are kept as they are. */
export const boardRoutes: RouteRecordRaw[] = [
  {
    path: '/board/publish',
    name: 'board-publish',
    component: () => import('./views/PublishPage.vue'),
    meta: { layout: 'app', titleKey: 'board.publish.title', permission: BoardPermissions.publish },
  },
  {
    path: '/board/postings/:id/edit',
    name: 'board-edit',
    component: () => import('./views/PublishPage.vue'),
    meta: { layout: 'app', titleKey: 'board.publish.editTitle', permission: BoardPermissions.publish },
  },
  {
    path: '/board/postings/:id/quotes',
    name: 'board-quotes',
    component: () => import('./views/QuoteComparisonPage.vue'),
    meta: { layout: 'app', titleKey: 'board.compare.title', permission: BoardPermissions.quoteDecide },
  },
  {
    path: '/board/postings/:id/applications',
    name: 'board-job-applications',
    component: () => import('./views/ReceivedApplicationsPage.vue'),
    meta: { layout: 'app', titleKey: 'board.received.title', permission: BoardPermissions.applicationDecide },
  },
  {
    path: '/board/me',
    name: 'board-centre',
    component: () => import('./views/CentrePage.vue'),
    meta: { layout: 'app', titleKey: 'board.centre.title' },
  },
  {
    path: '/board/mine',
    name: 'board-mine',
    component: () => import('./views/MyPostingsPage.vue'),
    meta: { layout: 'app', titleKey: 'board.mine.title', permission: BoardPermissions.manage },
  },
  {
    // where a posting's review notifications lead: the posting as its author sees it
    path: '/board/mine/:id',
    name: 'board-mine-posting',
    component: () => import('./views/PostingPage.vue'),
    meta: { layout: 'app', titleKey: 'board.detail.title', permission: BoardPermissions.manage },
  },
  {
    path: '/board/rfqs',
    name: 'board-rfqs',
    component: () => import('./views/MyPostingsPage.vue'),
    props: { kind: 'PROCUREMENT' },
    meta: { layout: 'app', titleKey: 'board.rfqs.title', permission: BoardPermissions.quoteDecide },
  },
  {
    path: '/board/quotes',
    name: 'board-my-quotes',
    component: () => import('./views/MyQuotesPage.vue'),
    meta: { layout: 'app', titleKey: 'board.myQuotes.title', permission: BoardPermissions.quoteSubmit },
  },
  {
    path: '/board/received-applications',
    name: 'board-received-applications',
    component: () => import('./views/ReceivedApplicationsPage.vue'),
    meta: { layout: 'app', titleKey: 'board.received.title', permission: BoardPermissions.applicationDecide },
  },
  {
    path: '/board/applications',
    name: 'board-my-applications',
    component: () => import('./views/MyApplicationsPage.vue'),
    meta: { layout: 'app', titleKey: 'board.myApplications.title', permission: BoardPermissions.applicationSubmit },
  },
  {
    path: '/board/worker-profile',
    name: 'board-worker-profile',
    component: () => import('./views/WorkerProfilePage.vue'),
    meta: { layout: 'app', titleKey: 'board.profile.title', permission: BoardPermissions.applicationSubmit },
  },
  {
    path: '/board/contacts',
    name: 'board-contacts',
    component: () => import('./views/ContactsPage.vue'),
    meta: { layout: 'app', titleKey: 'board.contacts.title', permission: BoardPermissions.contact },
  },
  {
    path: '/board/favourites',
    name: 'board-favourites',
    component: () => import('./views/FavouritesPage.vue'),
    meta: { layout: 'app', titleKey: 'board.favourites.title', permission: BoardPermissions.favourite },
  },
  {
    path: '/board/complaints',
    name: 'board-complaints',
    component: () => import('./views/ComplaintsPage.vue'),
    meta: { layout: 'app', titleKey: 'board.complaints.title', permission: BoardPermissions.complain },
  },
  {
    path: '/board/feedback',
    name: 'board-feedback',
    component: () => import('./views/FeedbackPage.vue'),
    meta: { layout: 'app', titleKey: 'board.feedback.title' },
  },
]
