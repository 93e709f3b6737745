import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Reactive `matchMedia`; false where matchMedia is missing (tests, old browsers). */
export function useMediaQuery(query: string): Ref<boolean> {
  const matches = ref(false)
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return matches
  const list = window.matchMedia(query)
  matches.value = list.matches
  const update = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list.addEventListener('change', update)
  onBeforeUnmount(() => list.removeEventListener('change', update))
  return matches
}

/** Phones: the side menu becomes a drawer, tables scroll, forms stack. */
export const MOBILE_QUERY = '(max-width: 767px)'
