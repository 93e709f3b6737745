import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive } from 'vue'
import { TYPING_PAUSE_MS, useFilterSearch } from './useFilterSearch'

function withFilters(search: () => void) {
  const filters = reactive({ q: '', state: '' })
  let searchNow: () => void = () => undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        searchNow = useFilterSearch(search, () => filters.q, [() => filters.state])
        return () => h('div')
      },
    }),
  )
  return { filters, wrapper, searchNow: () => searchNow() }
}

describe('useFilterSearch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('searches once after typing pauses, not on every key', async () => {
    const search = vi.fn()
    const { filters } = withFilters(search)
    for (const q of ['1', '13', '138']) {
      filters.q = q
      await nextTick()
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 50)
    }
    expect(search).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(search).toHaveBeenCalledTimes(1)
  })

  it('searches at once on a choice or on Enter, dropping the typed search still waiting', async () => {
    const search = vi.fn()
    const { filters, searchNow } = withFilters(search)
    filters.q = 'a'
    await nextTick()
    filters.state = 'DISABLED'
    await nextTick()
    expect(search).toHaveBeenCalledTimes(1)
    searchNow()
    expect(search).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2)
    expect(search).toHaveBeenCalledTimes(2)
  })

  it('never searches after the page closed', async () => {
    const search = vi.fn()
    const { filters, wrapper } = withFilters(search)
    filters.q = 'late'
    await nextTick()
    wrapper.unmount()
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2)
    expect(search).not.toHaveBeenCalled()
  })
})
