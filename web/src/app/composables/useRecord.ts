import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { toProblem } from '@/shared/api'
import { describeProblem } from '@/shared/problem-text'

/**
 * The one record a detail page shows, loaded for the key in its address (an id, a share token) and again whenever
 * the key changes. A 404 sets `notFound` (the page has its own not-found state); any other failure is told in `error`.
 */
export function useRecord<T>(key: Readonly<Ref<string>>, fetch: (key: string) => Promise<T>) {
  const { t } = useI18n()
  const record: ShallowRef<T | null> = shallowRef(null)
  const loading = ref(true)
  const error = ref('')
  const notFound = ref(false)

  async function load(): Promise<void> {
    if (!key.value) return
    loading.value = true
    error.value = ''
    notFound.value = false
    try {
      record.value = await fetch(key.value)
    } catch (cause) {
      const problem = toProblem(cause)
      if (problem.status === 404) notFound.value = true
      else error.value = describeProblem(problem, t)
    } finally {
      loading.value = false
    }
  }
  watch(key, () => void load(), { immediate: true })

  return { record, loading, error, notFound, load }
}
