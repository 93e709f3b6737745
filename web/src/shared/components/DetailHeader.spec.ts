import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { byTestId, harness, mountWith } from '@/test/helpers'
import DetailHeader from './DetailHeader.vue'

describe('DetailHeader', () => {
  it('puts the badges above the title, the lines under it and the actions beside it', async () => {
    await mountWith(
      {
        render: () =>
          h(DetailHeader, { title: '宁波海曙电器厂' }, {
            badges: () => h('span', { 'data-testid': 'badge' }, '采购需求'),
            default: () => h('p', { 'data-testid': 'meta' }, '浙江省 宁波市'),
            actions: () => h('button', { 'data-testid': 'action' }, '收藏'),
          }),
      },
      await harness('/'),
    )
    const title = byTestId('page-title')
    expect(title.tagName).toBe('H1')
    expect(title.textContent).toBe('宁波海曙电器厂')
    const before = (a: HTMLElement, b: HTMLElement) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)
    expect(before(byTestId('badge'), title)).toBe(true)
    expect(before(title, byTestId('meta'))).toBe(true)
    expect(byTestId('action').closest('.detail-header__actions')).not.toBeNull()
    expect(byTestId('meta').closest('.detail-header__actions')).toBeNull()
  })

  it('leaves out the badge row and the actions when a page has none', async () => {
    await mountWith(DetailHeader, await harness('/'), { title: '旅程测试五金厂' })
    expect(byTestId('page-title').textContent).toBe('旅程测试五金厂')
    expect(document.querySelector('.detail-header__badges')).toBeNull()
    expect(document.querySelector('.detail-header__actions')).toBeNull()
  })
})
