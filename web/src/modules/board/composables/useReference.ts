import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { directoryApi } from '@/modules/directory'
import { boardApi, type Term, type TermKind } from '../api'
import { tagName } from '../labels'

type Regions = Awaited<ReturnType<typeof directoryApi.regions>>
type Taxonomy = Awaited<ReturnType<typeof directoryApi.taxonomy>>
export type Province = Regions['provinces'][number]
export type City = Province['cities'][number]
export type Industry = Taxonomy['industries'][number]

let regions: Promise<Regions> | undefined
let taxonomy: Promise<Taxonomy> | undefined
const terms = new Map<TermKind, Promise<Term[]>>()

function once<T>(get: () => Promise<T> | undefined, set: (p: Promise<T> | undefined) => void, load: () => Promise<T>): Promise<T> {
  let pending = get()
  if (!pending) {
    pending = load().catch((cause: unknown) => {
      set(undefined)
      throw cause
    })
    set(pending)
  }
  return pending
}

export function loadRegions(): Promise<Regions> {
  return once(() => regions, (p) => (regions = p), () => directoryApi.regions())
}

export function loadTaxonomy(): Promise<Taxonomy> {
  return once(() => taxonomy, (p) => (taxonomy = p), () => directoryApi.taxonomy())
}

export function loadTerms(kind: TermKind): Promise<Term[]> {
  return once(
    () => terms.get(kind),
    (p) => (p ? terms.set(kind, p) : terms.delete(kind)),
    () => boardApi.terms(kind),
  )
}

/** For tests: forget what was loaded. */
export function resetReferenceCache(): void {
  regions = undefined
  taxonomy = undefined
  terms.clear()
}

/**
 * The lists pickers offer (regions, the category taxonomy, job types and processes), each loaded once per page load
 * and named in the UI language.
 */
export function useReference(wanted: { regions?: boolean; taxonomy?: boolean; terms?: TermKind[] }) {
  const { locale } = useI18n()
  const provinces = shallowRef<Province[]>([])
  const industries = shallowRef<Industry[]>([])
  const termLists = shallowRef<Partial<Record<TermKind, Term[]>>>({})
  const failed = shallowRef<unknown>(null)
  const loads: Promise<unknown>[] = []
  if (wanted.regions) loads.push(loadRegions().then((r) => (provinces.value = r.provinces)))
  if (wanted.taxonomy) loads.push(loadTaxonomy().then((t) => (industries.value = t.industries)))
  for (const kind of wanted.terms ?? []) {
    loads.push(loadTerms(kind).then((list) => (termLists.value = { ...termLists.value, [kind]: list.filter((t) => !t.retired) })))
  }
  const ready = Promise.all(loads).catch((cause: unknown) => {
    failed.value = cause
  })

  const categories = computed(() =>
    industries.value.flatMap((industry) =>
      industry.categories.filter((c) => !c.retired).map((c) => ({ ...c, industry: tagName(industry, locale.value) })),
    ),
  )
  return {
    ready,
    failed,
    provinces,
    industries,
    categories,
    termLists,
    citiesOf: (provinceCode: string): City[] => provinces.value.find((p) => p.code === provinceCode)?.cities ?? [],
    provinceName: (code: string) => provinces.value.find((p) => p.code === code)?.name ?? code,
    cityName: (code: string) => provinces.value.find((p) => p.code === code.slice(0, 2))?.cities.find((c) => c.code === code)?.name ?? code,
    termName: (id: string) => {
      for (const list of Object.values(termLists.value)) {
        const term = list?.find((t) => t.id === id)
        if (term) return tagName(term, locale.value)
      }
      return ''
    },
    categoryName: (id: string) => {
      const found = categories.value.find((c) => c.id === id)
      return found ? tagName(found, locale.value) : ''
    },
  }
}
