import { ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { toProblem } from '@/shared/api'
import { describeProblem } from '@/shared/problem-text'

export interface PageResult<T> {
  items: T[]
  total: number
}

/**
 * A server-paged list (`page` is 0-based as the API has it). Out-of-order answers are dropped, so typing in a
 * filter never shows an older result over a newer one.
 */
export function usePagedList<T>(fetchPage: (page: number, size: number) => Promise<PageResult<T>>, initialSize = 20) {
  const { t } = useI18n()
  const items: Ref<T[]> = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(0)
  const size = ref(initialSize)
  const loading = ref(false)
  const error = ref('')
  let sequence = 0

  async function load(): Promise<void> {
    const mine = ++sequence
    loading.value = true
    error.value = ''
    try {
      const result = await fetchPage(page.value, size.value)
      if (mine !== sequence) return
      items.value = result.items
      total.value = result.total
    } catch (cause) {
      if (mine !== sequence) return
      error.value = describeProblem(toProblem(cause), t)
    } finally {
      if (mine === sequence) loading.value = false
    }
  }

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
    items.value = items.value.map((item) => (match(item) ? next : item))
  }

  return { items, total, page, size, loading, error, load, search, changePage, changeSize, replaceItem }
}
