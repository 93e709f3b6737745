/** The board's admin console (seed 002 四.(二)) and the home page's announcements. */
export { boardAdminRoutes, boardAdminMenuEntries } from './admin-routes'
export { boardAdminApi, BoardAdminPermissions } from './api'
export { default as AnnouncementBar } from './components/AnnouncementBar.vue'
