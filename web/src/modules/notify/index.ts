/** Notify: in-app notifications (list, unread badge). */
export { notifyRoutes } from './routes'
export { notifyApi, NotifyPermissions } from './api'
