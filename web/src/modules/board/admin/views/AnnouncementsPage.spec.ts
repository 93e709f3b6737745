import { flushPromises } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem } from '@/test/helpers'
import { anAnnouncement } from '../fixtures'
import AnnouncementsPage from './AnnouncementsPage.vue'

const operator = aMe({ permissions: ['board:announcement:manage'] })
const page = (items: unknown[]) => json(200, { items, page: 0, size: 20, total: items.length })

describe('AnnouncementsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('lists announcements with their state and publishes a new one', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/announcements' && call.method === 'GET') {
        return page([anAnnouncement(), anAnnouncement({ id: 'ann-2', title: '系统升级', state: 'SCHEDULED', level: 'INFO', startsAt: '2027-01-01T00:00:00Z' })])
      }
      if (call.path === '/api/board/admin/announcements' && call.method === 'POST') return json(201, anAnnouncement({ id: 'ann-3' }))
      return undefined
    })
    await mountWith(AnnouncementsPage, await harness('/admin/board/announcements', operator))
    const cards = allByTestId('announcement')
    expect(cards.map((c) => c.dataset.state)).toEqual(['ACTIVE', 'SCHEDULED'])
    expect(cards[0]!.querySelector('[data-testid="announcement-state"]')!.textContent).toContain('展示中')
    expect(cards[1]!.querySelector('[data-testid="announcement-state"]')!.textContent).toContain('未开始')

    await click('announcement-new')
    await click('announcement-save')
    expect(byTestId('announcement-missing').textContent).toContain('请填写标题和内容')
    await fill('announcement-title', '五一假期安排')
    await fill('announcement-body', '5 月 1 日至 5 日审核暂停。')
    await fill('announcement-link', 'https://www.realsourcing.cn/help')
    await click('announcement-save')
    await vi.waitFor(() => expect(server.calls.some((c) => c.method === 'POST')).toBe(true))
    expect(server.calls.find((c) => c.method === 'POST')!.body).toEqual({
      title: '五一假期安排',
      body: '5 月 1 日至 5 日审核暂停。',
      link: 'https://www.realsourcing.cn/help',
      level: 'INFO',
    })
  })

  it('edits with the version it read, shows a field problem, and deletes after confirming', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/announcements' && call.method === 'GET') return page([anAnnouncement({ version: 3, endsAt: '2027-01-01T00:00:00Z' })])
      if (call.path === '/api/board/admin/announcements/ann-1' && call.method === 'PUT') {
        return problem(400, 'board.announcement-link-invalid', '链接须以 / 开头', { errors: [{ field: 'link', code: 'board.announcement-link-invalid', message: '链接须以 / 开头（站内页面）' }] })
      }
      if (call.path === '/api/board/admin/announcements/ann-1' && call.method === 'DELETE') return { status: 204 }
      return undefined
    })
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    await mountWith(AnnouncementsPage, await harness('/admin/board/announcements', operator))
    await click('announcement-edit')
    expect((byTestId('announcement-title') as HTMLInputElement).value).toBe('春节审核安排')
    await fill('announcement-link', 'javascript:alert(1)')
    await click('announcement-save')
    await vi.waitFor(() => expect(byTestId('announcement-link-error').textContent).toContain('链接须以 / 开头'))
    const put = server.calls.find((c) => c.method === 'PUT')!.body as Record<string, unknown>
    expect(put).toMatchObject({ title: '春节审核安排', link: 'javascript:alert(1)', level: 'WARNING', version: 3, startsAt: '2026-11-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' })

    ;(byTestId('announcement-delete') as HTMLButtonElement).click()
    await flushPromises()
    await vi.waitFor(() => expect(server.calls.some((c) => c.method === 'DELETE')).toBe(true))
  })
})
