import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { allByTestId, byTestId, harness, mountWith, onPhone } from '@/test/helpers'
import FilterPanel from './FilterPanel.vue'

const groups = [
  {
    name: 'province',
    legend: '省份',
    choices: [
      { value: '44', label: '广东省', count: 12345 },
      { value: '33', label: '浙江省' },
    ],
    selected: ['33'],
  },
]

function props(extra: Record<string, unknown> = {}) {
  return { title: '筛选', clearLabel: '清除', activeCount: 1, clearTestId: 'x-clear', groups, groupTestId: 'x-facet', 'data-testid': 'x-filters', ...extra }
}

describe('FilterPanel', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows the title, the page’s own filters, then each group’s boxes with their counts and ticks', async () => {
    const h0 = await harness('/')
    await mountWith(
      { render: () => h(FilterPanel, props(), { default: () => h('p', { 'data-testid': 'own-filter' }, '地区') }) },
      h0,
    )
    const panel = byTestId('x-filters')
    expect(panel.tagName).toBe('ASIDE')
    expect(panel.getAttribute('aria-label')).toBe('筛选')
    expect(panel.querySelector('h2')?.textContent).toBe('筛选')
    expect(byTestId('own-filter').compareDocumentPosition(byTestId('x-facet-province')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(byTestId('x-facet-province').querySelector('legend')?.textContent).toBe('省份')
    const boxes = allByTestId('x-facet-province-option') as HTMLInputElement[]
    expect(boxes.map((b) => [b.dataset.value, b.dataset.label, b.checked])).toEqual([
      ['44', '广东省', false],
      ['33', '浙江省', true],
    ])
    const labels = boxes.map((b) => b.closest('label')!.textContent!.replace(/\s+/g, ''))
    expect(labels[0]).toBe('广东省1.23万')
    expect(labels[1]).toBe('浙江省')
  })

  it('emits toggle with the group and value, and clear from the clear button', async () => {
    const wrapper = await mountWith(FilterPanel, await harness('/'), props())
    ;(allByTestId('x-facet-province-option')[0] as HTMLInputElement).click()
    byTestId('x-clear').click()
    expect(wrapper.emitted('toggle')).toEqual([['province', '44']])
    expect(wrapper.emitted('clear')).toHaveLength(1)
  })

  it('offers clear only while a filter is set', async () => {
    await mountWith(FilterPanel, await harness('/'), props({ activeCount: 0 }))
    expect(allByTestId('x-clear')).toHaveLength(0)
  })

  it('stays hidden on a phone until opened', async () => {
    onPhone()
    const h0 = await harness('/')
    const wrapper = await mountWith(FilterPanel, h0, props())
    expect(byTestId('x-filters').style.display).toBe('none')
    await wrapper.setProps({ open: true })
    expect(byTestId('x-filters').style.display).toBe('')
  })
})
