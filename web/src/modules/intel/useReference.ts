import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { intelApi, type Reference } from './api'

let cached: Promise<Reference> | undefined

/** The industries, regions and products the search accepts (loaded once per page load), named in the UI language. */
export function useReference() {
  const { locale } = useI18n()
  const reference = shallowRef<Reference | null>(null)
  const error = shallowRef<unknown>(null)
  cached ??= intelApi.reference().catch((cause: unknown) => {
    cached = undefined
    throw cause
  })
  cached.then((value) => (reference.value = value)).catch((cause: unknown) => (error.value = cause))
  const zh = computed(() => locale.value.startsWith('zh'))
  const named = (item: { nameZh: string; nameEn: string } | undefined, fallback: string) => (item ? (zh.value ? item.nameZh : item.nameEn) : fallback)
  return {
    reference,
    error,
    zh,
    industryName: (code: string) => named(reference.value?.industries.find((i) => i.code === code), code),
    regionName: (code: string) => named(reference.value?.regions.find((r) => r.code === code), code),
    productName: (code: string) => named(reference.value?.products.find((p) => p.code === code), code),
  }
}

/** For tests: forget the cached reference. */
export function resetReferenceCache(): void {
  cached = undefined
}
