import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/modules/identity/api'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, onPhone, problem, type Handler } from '@/test/helpers'
import { aConversation, aMessage, aSummary } from '../fixtures'
import type { ChatMessage, Conversation } from '../api'
import ConversationPage from './ConversationPage.vue'

const me = aMe({ id: 'u1', permissions: ['chat:conversation:read', 'chat:message:send'] })

const incoming = aMessage({ id: 'm1', body: '我的电话 138****5678，微信: a*****', masked: true })
const reply = aMessage({ id: 'm2', mine: true, senderUserId: 'u1', senderName: '张三', senderOrganizationId: 'org-1', body: '收到，马上报价', readByOtherParty: true })

/** A fake chat server: one conversation whose thread and detail the test may change between polls. */
function chatServer(state: { conversation: Conversation; messages: ChatMessage[] }, extra: Handler = () => undefined) {
  return fakeServer((call) => {
    const answer = extra(call)
    if (answer) return answer
    if (call.path === '/api/chat/conversations/c1') return json(200, state.conversation)
    if (call.path === '/api/chat/conversations/c1/messages' && call.method === 'GET')
      return json(200, { items: state.messages, hasMore: false })
    if (call.path === '/api/chat/conversations/c1/read') return json(200, { unreadCount: 0 })
    if (call.path === '/api/chat/conversations') return json(200, { items: [aSummary()], page: 0, size: 20, total: 1 })
    if (call.path === '/api/chat/unread-count') return json(200, { count: 0, conversations: 0 })
    return undefined
  })
}

async function openConversation(user: Me = me) {
  const h = await harness('/chat/conversations/c1', user)
  await mountWith(ConversationPage, h)
  return h
}

describe('ConversationPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the thread with masked contact details marked as such and marks it read up to the last message', async () => {
    const server = chatServer({ conversation: aConversation(), messages: [incoming, reply] })
    await openConversation()

    expect(byTestId('conversation-counterpart').textContent).toBe('深圳环球通进出口有限公司')
    expect(byTestId('conversation-subject').textContent).toBe('保温杯 30000 个')
    const messages = allByTestId('message')
    expect(messages.map((m) => m.dataset.mine)).toEqual(['false', 'true'])
    expect(allByTestId('masked-contact').map((s) => s.textContent)).toEqual(['138****5678', 'a*****'])
    expect(byTestId('message-masked-hint').textContent).toContain('对方分享联系方式后可见完整号码')
    expect(byTestId('message-read').textContent).toContain('已读')
    // The other side's contact: masked until they share.
    expect(byTestId('counterpart-contact').dataset.shared).toBe('false')
    expect(byTestId('contact-mobile').textContent).toBe('138****5678')
    expect(byTestId('contact-mobile').tagName).toBe('SPAN')

    const read = server.calls.filter((c) => c.path === '/api/chat/conversations/c1/read')
    expect(read).toHaveLength(1)
    expect(read[0]!.body).toEqual({ upToMessageId: 'm2' })
    // The list beside it marks the open conversation.
    await vi.waitFor(() => expect(allByTestId('conversation-row')[0]!.getAttribute('aria-current')).toBe('page'))
  })

  it('sends a message with Ctrl+Enter and shows it at once', async () => {
    const state = { conversation: aConversation({ unreadCount: 0 }), messages: [incoming] }
    const sent = aMessage({ id: 'm3', mine: true, senderUserId: 'u1', body: '可以，单价 12.5 元' })
    const server = chatServer(state, (call) =>
      call.method === 'POST' && call.path === '/api/chat/conversations/c1/messages' ? json(201, sent) : undefined,
    )
    await openConversation()
    await fill('composer-body', '  可以，单价 12.5 元 ')
    byTestId('composer-body').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    await flushPromises()

    const post = server.calls.find((c) => c.method === 'POST' && c.path === '/api/chat/conversations/c1/messages')
    expect(post?.body).toEqual({ body: '可以，单价 12.5 元', attachmentFileIds: [] })
    expect(allByTestId('message').map((m) => m.dataset.messageId)).toEqual(['m1', 'm3'])
    expect((byTestId('composer-body') as HTMLTextAreaElement).value).toBe('')
  })

  it('refuses an empty message before calling the server and shows the server’s reasons', async () => {
    const server = chatServer({ conversation: aConversation(), messages: [incoming] }, (call) =>
      call.method === 'POST' && call.path === '/api/chat/conversations/c1/messages'
        ? problem(400, 'chat.body-too-long', '消息不能超过 2000 个字，当前 2001 个字。', {
            errors: [{ field: 'body', code: 'chat.body-too-long', message: '消息不能超过 2000 个字，当前 2001 个字。' }],
          })
        : undefined,
    )
    await openConversation()
    await click('composer-send')
    expect(byTestId('composer-error').textContent).toBe('请输入消息内容或添加附件')
    expect(server.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/messages'))).toHaveLength(0)

    await fill('composer-body', '好'.repeat(1990))
    await click('composer-send')
    expect(byTestId('composer-error').textContent).toBe('消息不能超过 2000 个字，当前 2001 个字。')
  })

  it('shares my contact details only after the confirmation says what the other side will see', async () => {
    const state = { conversation: aConversation(), messages: [incoming] }
    const server = chatServer(state, (call) => {
      if (call.path !== '/api/chat/conversations/c1/contact-share') return undefined
      state.conversation = aConversation({ contactShared: true, sharedByMe: true, ownShares: [{ userId: 'u1', displayName: '张三', me: true, sharedAt: '2026-03-01T09:00:00Z' }] })
      state.messages = [...state.messages, aMessage({ id: 'm4', kind: 'CONTACT_SHARED', mine: true, senderUserId: 'u1', body: '' })]
      return json(200, state.conversation)
    })
    await openConversation()
    await click('share-contact')
    const dialog = byTestId('share-dialog')
    expect(dialog.textContent).toContain('深圳环球通进出口有限公司 的成员将看到你的手机号和邮箱')
    expect(dialog.textContent).toContain('138****1234')
    expect(dialog.textContent).toContain('无法撤回')
    expect(server.calls.filter((c) => c.path.endsWith('/contact-share'))).toHaveLength(0)

    await click('share-confirm')
    await vi.waitFor(() => expect(byTestId('contact-shared-tag').textContent).toContain('已分享我的联系方式'))
    expect(server.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/contact-share'))).toHaveLength(1)
    await vi.waitFor(() => expect(byTestId('message-contact-shared').textContent).toBe('你分享了联系方式'))
    expect(document.querySelector('[data-testid="share-contact"]')).toBeNull()
  })

  it('shows the other side’s details in full once they shared', async () => {
    chatServer({
      conversation: aConversation({
        counterpartShared: true,
        counterpartContacts: [{ userId: 'u9', displayName: 'Amy 王', mobile: '13812345678', email: 'amy@globalink.cn', shared: true, sharedAt: '2026-03-01T09:00:00Z' }],
      }),
      messages: [aMessage({ body: '我的电话 13812345678' }), aMessage({ id: 'm5', kind: 'CONTACT_SHARED', body: '' })],
    })
    await openConversation()
    expect(byTestId('contact-mobile').tagName).toBe('A')
    expect(byTestId('contact-mobile').getAttribute('href')).toBe('tel:13812345678')
    expect(byTestId('contact-email').getAttribute('href')).toBe('mailto:amy@globalink.cn')
    expect(allByTestId('masked-contact')).toHaveLength(0)
    expect(byTestId('message-contact-shared').textContent).toBe('Amy 王 分享了联系方式')
  })

  it('polls for new messages every few seconds while open and marks them read', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const state = { conversation: aConversation({ unreadCount: 0 }), messages: [reply] }
    const server = chatServer(state)
    await openConversation()
    expect(allByTestId('message')).toHaveLength(1)
    expect(server.calls.filter((c) => c.path.endsWith('/read'))).toHaveLength(0)

    state.messages = [reply, aMessage({ id: 'm6', body: '样品今天寄出' })]
    vi.advanceTimersByTime(4_000)
    await flushPromises()
    await vi.waitFor(() => expect(allByTestId('message').map((m) => m.dataset.messageId)).toEqual(['m2', 'm6']))
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path.endsWith('/read')).map((c) => c.body)).toEqual([{ upToMessageId: 'm6' }]))

    vi.advanceTimersByTime(4_000)
    await flushPromises()
    expect(allByTestId('message')).toHaveLength(2)
    expect(server.calls.filter((c) => c.path.endsWith('/read'))).toHaveLength(1)
  })

  it('answers a conversation that is not mine like one that does not exist', async () => {
    fakeServer((call) => {
      if (call.path.startsWith('/api/chat/conversations/c1'))
        return problem(404, 'chat.conversation-not-found', '会话不存在。')
      if (call.path === '/api/chat/conversations') return json(200, { items: [], page: 0, size: 20, total: 0 })
      return json(200, { count: 0, conversations: 0 })
    })
    await openConversation()
    expect(byTestId('conversation-not-found').textContent).toContain('会话不存在，或你不是会话的一方')
    expect(document.querySelector('[data-testid="composer-body"]')).toBeNull()
  })

  it('lets a restricted account read but not write', async () => {
    chatServer({ conversation: aConversation(), messages: [incoming] })
    await openConversation(aMe({ id: 'u1', state: 'RESTRICTED', permissions: ['chat:conversation:read'] }))
    expect(allByTestId('message')).toHaveLength(1)
    expect(byTestId('composer-restricted').textContent).toContain('账号受限')
    expect(document.querySelector('[data-testid="composer-body"]')).toBeNull()
    expect(document.querySelector('[data-testid="share-contact"]')).toBeNull()
  })

  it('shows the thread alone on a phone, with a way back to the list', async () => {
    onPhone()
    chatServer({ conversation: aConversation(), messages: [incoming] })
    await openConversation()
    expect(document.querySelector('[data-testid="conversation-list"]')).toBeNull()
    expect(byTestId('conversation-back').getAttribute('href')).toBe('/chat')
    expect(allByTestId('message')).toHaveLength(1)
  })
})
