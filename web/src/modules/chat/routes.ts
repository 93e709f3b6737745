import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router'
import { ChatPermissions } from './api'

export const chatRoutes: RouteRecordRaw[] = [
  {
    path: '/chat',
    name: 'chat',
    component: () => import('./views/ChatPage.vue'),
    meta: { layout: 'app', titleKey: 'chat.list.title', permission: ChatPermissions.read },
  },
  {
    path: '/chat/conversations/:id',
    name: 'chat-conversation',
    component: () => import('./views/ConversationPage.vue'),
    meta: { layout: 'app', titleKey: 'chat.conversation.title', permission: ChatPermissions.read },
  },
]

/**
 * Where a conversation is read and answered. Other modules link here with the id `ChatApi.open` returned on the
 * server (the board's 联系对方 button, a notification): `router.push(conversationRoute(id))`.
 */
export function conversationRoute(id: string): RouteLocationRaw {
  return { name: 'chat-conversation', params: { id } }
}

export function conversationPath(id: string): string {
  return `/chat/conversations/${encodeURIComponent(id)}`
}
