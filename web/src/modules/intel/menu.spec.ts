import { describe, expect, it } from 'vitest'
import { visibleMenu } from '@/app/menu'

function testIds(permissions: string[]): string[] {
  const can = (p: string) => permissions.includes(p)
  return visibleMenu(can).flatMap((group) => group.entries.map((e) => e.testId))
}

describe('intel menu entries', () => {
  it('show the market pages to readers and curators, the admin pages to curators only', () => {
    const reader = testIds(['intel:market:read'])
    expect(reader).toEqual(expect.arrayContaining(['menu-intel', 'menu-intel-hot', 'menu-intel-report']))
    expect(reader).not.toContain('menu-intel-imports')

    const curator = testIds(['intel:data:curate'])
    expect(curator).toEqual(expect.arrayContaining(['menu-intel', 'menu-intel-imports', 'menu-intel-curation']))

    expect(testIds([])).not.toContain('menu-intel')
  })
})
