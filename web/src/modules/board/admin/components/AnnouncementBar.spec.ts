import { describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, fakeServer, harness, json, mountWith, problem } from '@/test/helpers'
import { anAnnouncement } from '../fixtures'
import AnnouncementBar from './AnnouncementBar.vue'

describe('AnnouncementBar', () => {
  it('shows the active announcements with their links, and forgets one the reader closed', async () => {
    fakeServer((call) =>
      call.path === '/api/board/announcements'
        ? json(200, [anAnnouncement(), anAnnouncement({ id: 'ann-2', title: '系统升级', level: 'URGENT', link: 'https://status.realsourcing.cn' })])
        : undefined,
    )
    await mountWith(AnnouncementBar, await harness('/', aMe()))
    const shown = allByTestId('home-announcement')
    expect(shown.map((a) => a.dataset.id)).toEqual(['ann-1', 'ann-2'])
    expect(shown[0]!.querySelector('.el-alert')!.classList.contains('el-alert--warning')).toBe(true)
    expect(shown[1]!.querySelector('.el-alert')!.classList.contains('el-alert--error')).toBe(true)
    expect(shown[0]!.querySelector('a')!.getAttribute('href')).toBe('/board')
    expect(shown[1]!.querySelector('a')!.getAttribute('rel')).toContain('noopener')

    ;(shown[0]!.querySelector('.el-alert__close-btn') as HTMLElement).click()
    await vi.waitFor(() => expect(allByTestId('home-announcement').map((a) => a.dataset.id)).toEqual(['ann-2']))
    expect(JSON.parse(sessionStorage.getItem('board.announcements.dismissed')!)).toEqual(['ann-1'])
  })

  it('shows nothing when the announcements cannot be loaded', async () => {
    fakeServer(() => problem(503, 'shared.unavailable', '服务暂不可用'))
    await mountWith(AnnouncementBar, await harness('/', aMe()))
    expect(allByTestId('home-announcements')).toHaveLength(0)
  })
})
