import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import AppLayout from '@/app/layouts/AppLayout.vue'
import { visibleMenu } from '@/app/menu'
import { aMe, allByTestId, byTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import { aSummary } from '../fixtures'
import ChatPage from './ChatPage.vue'

const me = aMe({ permissions: ['chat:conversation:read', 'chat:message:send'] })

describe('ChatPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lists conversations newest first with the counterpart, subject, preview and unread badge', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/chat/conversations')
        return json(200, {
          items: [
            aSummary(),
            aSummary({
              id: 'c2',
              subjectType: 'directory.inquiry',
              subjectTitle: '真空保温杯 · 5000 个',
              counterpart: { organizationId: 'org-8', name: '东莞精工模具有限公司', type: 'FACTORY' },
              lastMessage: { ...aSummary().lastMessage, id: 'm9', preview: '好的，明天寄样', masked: false, mine: true },
              unreadCount: 0,
            }),
            aSummary({ id: 'c3', lastMessage: { ...aSummary().lastMessage, kind: 'CONTACT_SHARED', preview: '' }, unreadCount: 120 }),
            aSummary({ id: 'c4', lastMessage: null as unknown as ReturnType<typeof aSummary>['lastMessage'], unreadCount: 0 }),
          ],
          page: 0,
          size: 20,
          total: 4,
        })
      if (call.path === '/api/chat/unread-count') return json(200, { count: 122, conversations: 2 })
      return undefined
    })
    await mountWith(ChatPage, await harness('/chat', me))

    const rows = allByTestId('conversation-row')
    expect(rows.map((r) => r.dataset.conversationId)).toEqual(['c1', 'c2', 'c3', 'c4'])
    expect(rows[0]!.getAttribute('href')).toBe('/chat/conversations/c1')
    expect(rows[0]!.textContent).toContain('深圳环球通进出口有限公司')
    expect(rows[0]!.textContent).toContain('供需信息')
    expect(rows[1]!.textContent).toContain('询盘')
    expect(allByTestId('conversation-preview').map((p) => p.textContent)).toEqual([
      '请报价，电话 138****5678',
      '我：好的，明天寄样',
      '[分享了联系方式]',
      '暂无消息',
    ])
    expect(allByTestId('conversation-unread').map((b) => b.textContent)).toEqual(['2', '99+'])
    expect(rows[0]!.classList.contains('conversation-row--unread')).toBe(true)
    expect(server.calls.find((c) => c.path === '/api/chat/conversations')?.search.get('size')).toBe('20')
  })

  it('explains how a conversation starts when there is none', async () => {
    fakeServer((call) =>
      call.path === '/api/chat/conversations' ? json(200, { items: [], page: 0, size: 20, total: 0 }) : json(200, { count: 0, conversations: 0 }),
    )
    await mountWith(ChatPage, await harness('/chat', me))
    expect(byTestId('conversation-empty').textContent).toContain('还没有会话')
    expect(byTestId('conversation-empty').textContent).toContain('联系对方')
  })

  it('loads more conversations on demand', async () => {
    const server = fakeServer((call) => {
      if (call.path !== '/api/chat/conversations') return json(200, { count: 0, conversations: 0 })
      const page = Number(call.search.get('page'))
      const items = page === 0 ? Array.from({ length: 20 }, (_, i) => aSummary({ id: `c${i}` })) : [aSummary({ id: 'c20' })]
      return json(200, { items, page, size: 20, total: 21 })
    })
    await mountWith(ChatPage, await harness('/chat', me))
    expect(allByTestId('conversation-row')).toHaveLength(20)
    byTestId('conversation-more').click()
    await flushPromises()
    expect(allByTestId('conversation-row')).toHaveLength(21)
    expect(server.calls.filter((c) => c.path === '/api/chat/conversations').map((c) => c.search.get('page'))).toEqual(['0', '1'])
  })
})

describe('the 消息 menu entry', () => {
  const ids = (permissions: string[]) =>
    visibleMenu((p) => permissions.includes(p)).flatMap((group) => group.entries.map((e) => e.testId))

  it('is there for every business organisation and not for platform staff', () => {
    expect(ids(['chat:conversation:read'])).toContain('menu-chat')
    expect(ids(['chat:conversation:read', 'identity:organization:read-all'])).not.toContain('menu-chat')
    expect(ids([])).not.toContain('menu-chat')
  })

  it('carries the unread count, kept by the layout', async () => {
    const server = fakeServer((call) => (call.path === '/api/chat/unread-count' ? json(200, { count: 3, conversations: 2 }) : json(200, { count: 0 })))
    await mountWith(AppLayout, await harness('/', aMe({ permissions: ['chat:conversation:read'] })))
    const entry = byTestId('menu-chat')
    expect(entry.textContent).toContain('消息')
    expect(entry.querySelector('[data-testid="chat-unread-count"]')?.textContent).toBe('3')
    expect(server.calls.filter((c) => c.path === '/api/chat/unread-count')).toHaveLength(1)
  })

  it('is not polled for without the permission', async () => {
    const server = fakeServer(() => json(200, { count: 0 }))
    await mountWith(AppLayout, await harness('/', aMe({ permissions: [] })))
    expect(document.querySelector('[data-testid="menu-chat"]')).toBeNull()
    expect(server.calls.filter((c) => c.path.startsWith('/api/chat'))).toHaveLength(0)
  })
})
