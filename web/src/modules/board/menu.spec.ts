import { describe, expect, it } from 'vitest'
import { visibleMenu } from '@/app/menu'

function testIds(permissions: string[]): string[] {
  const can = (p: string) => permissions.includes(p)
  return visibleMenu(can).flatMap((group) => group.entries.map((e) => e.testId)).filter((id) => id.startsWith('menu-board'))
}

const MEMBER = ['board:posting:publish', 'board:posting:manage', 'board:contact:create', 'board:complaint:create', 'board:favourite:manage']

describe('board menu entries', () => {
  it('show a worker the jobs and their applications, not publishing or quotes', () => {
    const worker = testIds([...MEMBER, 'board:application:submit'])
    expect(worker).toEqual(['menu-board', 'menu-board-jobs', 'menu-board-my-applications', 'menu-board-contacts', 'menu-board-centre'])
  })

  it('show a factory its quotes and applicants, a trading company its RFQs', () => {
    const factory = testIds([...MEMBER, 'board:quote:submit', 'board:quote:decide', 'board:application:decide'])
    expect(factory).toEqual(expect.arrayContaining(['menu-board-publish', 'menu-board-mine', 'menu-board-quotes', 'menu-board-received', 'menu-board-rfqs']))
    expect(factory).not.toContain('menu-board-jobs')

    const trader = testIds([...MEMBER, 'board:quote:decide'])
    expect(trader).toEqual(expect.arrayContaining(['menu-board-publish', 'menu-board-rfqs']))
    expect(trader).not.toContain('menu-board-quotes')
    expect(trader).not.toContain('menu-board-received')
  })

  it('show everyone the board itself', () => {
    expect(testIds([])).toEqual(['menu-board'])
  })
})
