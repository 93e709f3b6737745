import { api, unwrap } from '@/shared/api'
import type { QueryParams, RequestBody, ResponseBody } from '@/shared/api/types'

export type ConversationPage = ResponseBody<'/api/chat/conversations', 'get'>
export type ConversationSummary = ConversationPage['items'][number]
export type LastMessage = ConversationSummary['lastMessage']
export type Conversation = ResponseBody<'/api/chat/conversations/{id}', 'get'>
export type PartyContact = Conversation['counterpartContacts'][number]
export type MessageSlice = ResponseBody<'/api/chat/conversations/{id}/messages', 'get'>
export type ChatMessage = MessageSlice['items'][number]
export type ChatAttachment = ChatMessage['attachments'][number]
export type SendMessageRequest = RequestBody<'/api/chat/conversations/{id}/messages', 'post'>
export type UnreadCount = ResponseBody<'/api/chat/unread-count', 'get'>
export type StoredFile = ResponseBody<'/api/files', 'post'>
type MessageQuery = QueryParams<'/api/chat/conversations/{id}/messages', 'get'>

export interface ConversationQuery {
  subjectType?: string
  subjectId?: string
  page?: number
  size?: number
}

export const ChatPermissions = {
  read: 'chat:conversation:read',
  send: 'chat:message:send',
} as const

/** The longest message the server takes (characters) and the most files on one message. */
export const MAX_BODY = 2000
export const MAX_ATTACHMENTS = 9
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export const chatApi = {
  conversations: (query: ConversationQuery = {}) =>
    unwrap(api.GET('/api/chat/conversations', { params: { query: query as QueryParams<'/api/chat/conversations', 'get'> } })),
  conversation: (id: string) => unwrap(api.GET('/api/chat/conversations/{id}', { params: { path: { id } } })),
  messages: (id: string, query: MessageQuery = {}) =>
    unwrap(api.GET('/api/chat/conversations/{id}/messages', { params: { path: { id }, query } })),
  send: (id: string, body: SendMessageRequest) =>
    unwrap(api.POST('/api/chat/conversations/{id}/messages', { params: { path: { id } }, body })),
  markRead: (id: string, upToMessageId?: string) =>
    unwrap(
      api.POST('/api/chat/conversations/{id}/read', {
        params: { path: { id } },
        body: upToMessageId ? { upToMessageId } : {},
      }),
    ),
  shareContact: (id: string) => unwrap(api.POST('/api/chat/conversations/{id}/contact-share', { params: { path: { id } } })),
  unreadCount: () => unwrap(api.GET('/api/chat/unread-count')),
  upload: (file: File) =>
    unwrap(
      api.POST('/api/files', {
        params: { query: { visibility: 'ORGANIZATION' } },
        body: { file: '' },
        bodySerializer: () => {
          const data = new FormData()
          data.append('file', file)
          return data
        },
      }),
    ),
}
