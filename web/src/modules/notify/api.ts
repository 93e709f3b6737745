import { api, unwrap } from '@/shared/api'
import { asDocumentedQuery, type PagedQuery, type QueryParams, type ResponseBody } from '@/shared/api/types'

export type NotificationPage = ResponseBody<'/api/notify/notifications', 'get'>
export type Notification = NotificationPage['items'][number]
type DocumentedNotificationQuery = QueryParams<'/api/notify/notifications', 'get'>
export type NotificationQuery = PagedQuery<DocumentedNotificationQuery>

export const NotifyPermissions = {
  read: 'notify:notification:read',
} as const

export const notifyApi = {
  list: (query: NotificationQuery) =>
    unwrap(api.GET('/api/notify/notifications', { params: { query: asDocumentedQuery<DocumentedNotificationQuery>(query) } })),
  unreadCount: () => unwrap(api.GET('/api/notify/notifications/unread-count')),
  markRead: (id: string) => unwrap(api.POST('/api/notify/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => unwrap(api.POST('/api/notify/notifications/read-all')),
}
