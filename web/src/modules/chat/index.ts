/** Chat: 消息 — conversations between two organisations, visible only to them (list, thread, contact sharing). */
import './chat.css'
export { chatRoutes, conversationPath, conversationRoute } from './routes'
export { chatApi, ChatPermissions } from './api'
export { registerSubjectLink } from './subjects'
export { useChatUnreadStore } from './stores/unread'
