import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fieldErrorMap, toProblem, type Problem } from '@/shared/api'
import { describeProblem } from '@/shared/problem-text'

/**
 * State for a form or a page that calls the API: the last problem, its message for an alert, and its field
 * errors keyed by form field (request property names, optionally renamed).
 */
export function useProblem(rename: Record<string, string> = {}) {
  const { t } = useI18n()
  const problem = ref<Problem | null>(null)
  const message = computed(() => (problem.value ? describeProblem(problem.value, t) : ''))
  const fields = computed(() => fieldErrorMap(problem.value, rename))
  /** The alert repeats nothing that is already shown under a field. */
  const generalMessage = computed(() => {
    if (!problem.value) return ''
    if (problem.value.errors.length > 0 && !problem.value.detail) return ''
    return message.value
  })
  return {
    problem,
    message,
    generalMessage,
    fields,
    set: (error: unknown) => {
      problem.value = toProblem(error)
      return problem.value
    },
    clear: () => {
      problem.value = null
    },
  }
}
