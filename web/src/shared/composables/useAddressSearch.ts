import { ref, type Ref } from 'vue'

/**
 * A list searched from its address (keyword, filters and page live in the query): the keyword being typed, and the
 * moves that write a new address through `go` — search the keyword from the first page, clear the filters, clear
 * everything, change page (el-pagination counts from 1). The page's route watcher does the loading.
 */
export function useAddressSearch<S extends { q: string; page: number }>(
  state: Readonly<Ref<S>>,
  go: (next: S) => void,
  clearFilters: (state: S) => S,
) {
  const keyword = ref(state.value.q)
  return {
    keyword,
    search: (): void => go({ ...state.value, q: keyword.value, page: 0 }),
    clear: (): void => go(clearFilters(state.value)),
    resetAll: (): void => {
      keyword.value = ''
      go({ ...clearFilters(state.value), q: '' })
    },
    changePage: (oneBased: number): void => go({ ...state.value, page: oneBased - 1 }),
  }
}
