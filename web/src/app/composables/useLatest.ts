import { ref, shallowRef, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { toProblem } from '@/shared/api'
import { describeProblem } from '@/shared/problem-text'

/**
 * What a page shows from its latest request: an answer (or failure) that arrives after a newer request started is
 * dropped, so a quick second search never shows the first one's result. The last result stays while a new one loads.
 */
export function useLatest<T>(fetch: () => Promise<T>) {
  const { t } = useI18n()
  const result: ShallowRef<T | null> = shallowRef(null)
  const loading = ref(false)
  const error = ref('')
  let sequence = 0

  async function load(): Promise<void> {
    const mine = ++sequence
    loading.value = true
    error.value = ''
    try {
      const answer = await fetch()
      if (mine === sequence) result.value = answer
    } catch (cause) {
      if (mine === sequence) error.value = describeProblem(toProblem(cause), t)
    } finally {
      if (mine === sequence) loading.value = false
    }
  }

  return { result, loading, error, load }
}
