import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useSessionStore } from '@/app/stores/session'
import { formatCount, formatDate, formatDateTime, formatMoney, formatRelative } from '@/shared/format'

type DateInput = string | number | Date | null | undefined

/** The shared formatters bound to the UI language and the user's time zone (Me.timeZone). */
export function useFormat() {
  const { locale } = useI18n()
  const session = useSessionStore()
  const timeZone = computed(() => session.timeZone)
  return {
    timeZone,
    dateTime: (value: DateInput, seconds = false) => formatDateTime(value, timeZone.value, { seconds }),
    date: (value: DateInput) => formatDate(value, timeZone.value),
    relative: (value: DateInput) => formatRelative(value, locale.value, timeZone.value),
    count: (value: number) => formatCount(value, locale.value),
    money: (amount: number | string, currency: string) => formatMoney(amount, currency, locale.value),
  }
}
