import { onBeforeUnmount, watch, type WatchSource } from 'vue'

/** How long typing may pause before the list is searched. */
export const TYPING_PAUSE_MS = 350

/**
 * Filters of a searched list: what is typed searches after a short pause, a changed choice (select, date, checkbox)
 * searches at once, and so does the returned function (Enter, the search button). A pending typed search is dropped
 * when an immediate one runs or the page closes.
 */
export function useFilterSearch(
  search: () => void,
  typed: WatchSource<unknown>,
  chosen: WatchSource<unknown>[] = [],
): () => void {
  let debounce: ReturnType<typeof setTimeout> | undefined
  function cancelPending(): void {
    if (debounce !== undefined) clearTimeout(debounce)
    debounce = undefined
  }
  function searchNow(): void {
    cancelPending()
    search()
  }
  watch(typed, () => {
    cancelPending()
    debounce = setTimeout(searchNow, TYPING_PAUSE_MS)
  })
  if (chosen.length) watch(chosen, searchNow)
  onBeforeUnmount(cancelPending)
  return searchNow
}
