import { computed, ref } from 'vue'
import { useLatest } from './useLatest'

export interface PageResult<T> {
  items: T[]
  total: number
}

/**
 * A server-paged list (`page` is 0-based as the API has it). Out-of-order answers are dropped, so typing in a
 * filter never shows an older result over a newer one.
 */
export function usePagedList<T>(fetchPage: (page: number, size: number) => Promise<PageResult<T>>, initialSize = 20) {
  const page = ref(0)
  const size = ref(initialSize)
  const { result, loading, error, load } = useLatest(() => fetchPage(page.value, size.value))
  const items = computed<T[]>(() => result.value?.items ?? [])
  const total = computed(() => result.value?.total ?? 0)

  /** New filters: back to the first page. */
  function search(): Promise<void> {
    page.value = 0
    return load()
  }

  /** el-pagination counts pages from 1. */
  function changePage(oneBased: number): void {
    page.value = oneBased - 1
    void load()
  }

  function changeSize(next: number): void {
    size.value = next
    page.value = 0
    void load()
  }

  function replaceItem(match: (item: T) => boolean, next: T): void {
    if (result.value) result.value = { ...result.value, items: result.value.items.map((item) => (match(item) ? next : item)) }
  }

  return { items, total, page, size, loading, error, load, search, changePage, changeSize, replaceItem }
}
