import { describe, expect, it } from 'vitest'
import { visibleMenu } from '@/app/menu'

function testIds(permissions: string[]): string[] {
  const can = (p: string) => permissions.includes(p)
  return visibleMenu(can).flatMap((group) => group.entries.map((e) => e.testId))
}

describe('directory menu entries', () => {
  it('follow the permissions of the active organisation', () => {
    const factoryOwner = testIds(['directory:factory:onboard', 'directory:factory:manage', 'directory:inquiry:read', 'directory:verification:submit'])
    expect(factoryOwner).toEqual(expect.arrayContaining(['menu-directory', 'menu-my-factory', 'menu-directory-onboarding']))
    // A factory onboards; company verification is for the other organisation types.
    expect(factoryOwner).not.toContain('menu-verification')

    const trader = testIds(['directory:verification:submit', 'directory:inquiry:send'])
    expect(trader).toContain('menu-verification')
    expect(trader).not.toContain('menu-my-factory')
    expect(trader).not.toContain('menu-directory-reviews')

    const reviewer = testIds(['directory:review:decide'])
    expect(reviewer).toContain('menu-directory-reviews')
    expect(reviewer).not.toContain('menu-directory-tags')
    expect(reviewer).not.toContain('menu-directory-imports')
    const operator = testIds(['directory:taxonomy:manage', 'directory:import:manage'])
    expect(operator).toEqual(expect.arrayContaining(['menu-directory-tags', 'menu-directory-imports']))
    expect(operator).not.toContain('menu-directory-reviews')
    expect(testIds([])).toContain('menu-directory')
  })
})
