import { describe, expect, it } from 'vitest'
import { allByTestId, click, harness, mountWith } from '@/test/helpers'
import type { Term } from '../api'
import TermChips from './TermChips.vue'

const terms = [
  { id: 'p1', nameZh: '注塑', nameEn: 'Injection moulding' },
  { id: 'p2', nameZh: '喷涂', nameEn: 'Spraying' },
] as unknown as Term[]

describe('TermChips', () => {
  it('shows each term by name and switches it on and off in the chosen list', async () => {
    const chosen = ['p2']
    await mountWith(TermChips, await harness('/'), { terms, label: '工序', testId: 'publish-process', modelValue: chosen })
    const chips = () => allByTestId('publish-process')
    expect(chips().map((c) => c.textContent)).toEqual(['注塑', '喷涂'])
    expect(chips().map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'true'])
    expect(document.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('工序')
    await click('publish-process')
    expect(chosen).toEqual(['p2', 'p1'])
    expect(chips()[0]!.getAttribute('aria-pressed')).toBe('true')
    chips()[1]!.click()
    expect(chosen).toEqual(['p1'])
  })
})
