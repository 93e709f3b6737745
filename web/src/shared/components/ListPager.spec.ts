import { afterEach, describe, expect, it, vi } from 'vitest'
import { harness, mountWith, onPhone } from '@/test/helpers'
import ListPager from './ListPager.vue'

function pagerText(): string {
  return document.querySelector('.el-pagination')?.textContent ?? ''
}

describe('ListPager', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('is hidden while one page holds everything, and with a size choice only while the list is empty', async () => {
    const h = await harness('/')
    await mountWith(ListPager, h, { total: 20, page: 0, size: 20 })
    expect(document.querySelector('.el-pagination')).toBeNull()
    await mountWith(ListPager, h, { total: 0, page: 0, size: 20, sizes: [20, 50] })
    expect(document.querySelector('.el-pagination')).toBeNull()
    await mountWith(ListPager, h, { total: 5, page: 0, size: 20, sizes: [20, 50] })
    expect(document.querySelector('.el-pagination .el-pagination__sizes')).not.toBeNull()
  })

  it('counts pages from 0 in, from 1 out, and shows the total on wide screens only', async () => {
    const h = await harness('/')
    const wrapper = await mountWith(ListPager, h, { total: 95, page: 1, size: 20 })
    expect(document.querySelector('.el-pager .is-active')?.textContent).toBe('2')
    expect(pagerText()).toContain('95')
    ;(document.querySelector('.el-pager li:nth-child(3)') as HTMLElement).click()
    expect(wrapper.emitted('current-change')?.[0]).toEqual([3])
  })

  it('drops the total and the size choice on a phone', async () => {
    onPhone()
    const h = await harness('/')
    await mountWith(ListPager, h, { total: 95, page: 0, size: 20, sizes: [20, 50] })
    expect(document.querySelector('.el-pagination')).not.toBeNull()
    expect(document.querySelector('.el-pagination__total')).toBeNull()
    expect(document.querySelector('.el-pagination__sizes')).toBeNull()
  })
})
