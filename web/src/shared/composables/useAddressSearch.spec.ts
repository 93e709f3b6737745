import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { useAddressSearch } from './useAddressSearch'

interface State {
  q: string
  page: number
  province: string[]
}

function setUp() {
  const state = ref<State>({ q: '保温杯', page: 3, province: ['44'] })
  const go = vi.fn<(next: State) => void>()
  const search = useAddressSearch(state, go, (s) => ({ ...s, province: [], page: 0 }))
  return { state, go, search }
}

describe('useAddressSearch', () => {
  it('starts from the address keyword and searches the typed one from the first page, keeping the filters', () => {
    const { go, search } = setUp()
    expect(search.keyword.value).toBe('保温杯')
    search.keyword.value = '餐具'
    search.search()
    expect(go).toHaveBeenLastCalledWith({ q: '餐具', page: 0, province: ['44'] })
  })

  it('clears the filters but keeps the keyword, or clears both', () => {
    const { go, search } = setUp()
    search.clear()
    expect(go).toHaveBeenLastCalledWith({ q: '保温杯', page: 0, province: [] })
    search.resetAll()
    expect(go).toHaveBeenLastCalledWith({ q: '', page: 0, province: [] })
    expect(search.keyword.value).toBe('')
  })

  it('turns the pager’s one-based page into the address’s zero-based one', () => {
    const { go, search } = setUp()
    search.changePage(2)
    expect(go).toHaveBeenLastCalledWith({ q: '保温杯', page: 1, province: ['44'] })
  })
})
