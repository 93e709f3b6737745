import { describe, expect, it } from 'vitest'
import { visibleMenu } from '@/app/menu'

function testIds(permissions: string[]): string[] {
  const can = (p: string) => permissions.includes(p)
  return visibleMenu(can).flatMap((group) => group.entries.map((e) => e.testId))
}

describe('board admin menu entries', () => {
  it('show each page only with its permission', () => {
    const reviewer = testIds(['board:review:decide', 'board:complaint:resolve', 'board:stats:read'])
    expect(reviewer).toEqual(expect.arrayContaining(['menu-board-reviews', 'menu-board-complaints', 'menu-board-dashboard']))
    expect(reviewer).not.toContain('menu-board-words')
    expect(reviewer).not.toContain('menu-board-announcements')

    const operator = testIds(['board:moderation:manage', 'board:term:manage', 'board:announcement:manage', 'board:feedback:manage'])
    expect(operator).toEqual(expect.arrayContaining(['menu-board-words', 'menu-board-terms', 'menu-board-announcements', 'menu-board-feedback']))
    expect(operator).not.toContain('menu-board-reviews')

    // a factory sees none of them (only its own board pages), and no empty group
    const adminPages = ['menu-board-reviews', 'menu-board-complaints', 'menu-board-words', 'menu-board-terms', 'menu-board-dashboard', 'menu-board-announcements', 'menu-board-feedback']
    const factory = visibleMenu((p) => ['board:posting:publish', 'board:feedback:submit'].includes(p))
    const factoryPages = factory.flatMap((g) => g.entries.map((e) => e.testId))
    expect(factoryPages).toContain('menu-board-publish')
    expect(factoryPages.filter((id) => adminPages.includes(id))).toEqual([])
    expect(factory.map((g) => g.titleKey)).not.toContain('boardAdmin.menu.group')
  })
})
