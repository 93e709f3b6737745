import type { ChatMessage, Conversation, ConversationSummary } from './api'

/** Test data shaped exactly as the API sends it. */
export function aSummary(overrides: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id: 'c1',
    subjectType: 'board.posting',
    subjectId: 's1',
    subjectTitle: '保温杯 30000 个',
    counterpart: { organizationId: 'org-9', name: '深圳环球通进出口有限公司', type: 'TRADING_COMPANY' },
    lastMessage: {
      id: 'm3',
      kind: 'TEXT',
      preview: '请报价，电话 138****5678',
      masked: true,
      mine: false,
      attachmentCount: 0,
      senderName: 'Amy 王',
      sentAt: '2026-03-01T08:00:00Z',
    },
    unreadCount: 2,
    openedAt: '2026-03-01T07:00:00Z',
    lastActivityAt: '2026-03-01T08:00:00Z',
    ...overrides,
  }
}

export function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    subjectType: 'board.posting',
    subjectId: 's1',
    subjectTitle: '保温杯 30000 个',
    counterpart: { organizationId: 'org-9', name: '深圳环球通进出口有限公司', type: 'TRADING_COMPANY' },
    openedByMyOrganization: false,
    openedAt: '2026-03-01T07:00:00Z',
    lastActivityAt: '2026-03-01T08:00:00Z',
    unreadCount: 1,
    contactShared: false,
    sharedByMe: false,
    ownShares: [],
    counterpartShared: false,
    counterpartContacts: [
      { userId: 'u9', displayName: 'Amy 王', mobile: '138****5678', email: 'a***@globalink.cn', shared: false, sharedAt: null as unknown as string },
    ],
    ...overrides,
  }
}

export function aMessage(overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: 'm1',
    conversationId: 'c1',
    kind: 'TEXT',
    senderOrganizationId: 'org-9',
    senderUserId: 'u9',
    senderName: 'Amy 王',
    mine: false,
    body: '您好，保温杯 30000 个能报价吗？',
    masked: false,
    attachments: [],
    readByOtherParty: false,
    sentAt: '2026-03-01T07:00:00Z',
    ...overrides,
  }
}
