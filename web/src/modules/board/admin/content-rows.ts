import type { ContentView } from './api'

/** One line of a posting's content as the review centre lists it: a field label key and its value as text. */
export interface ContentRow {
  key: string
  value: string
  /** Free text: shown with the moderation hits marked. */
  text?: boolean
}

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface Names {
  terms: Record<string, string>
  places: Record<string, string>
  categories: Record<string, string>
}

const DETAIL_KEYS = ['procurement', 'inventory', 'job', 'oemDemand', 'oemService'] as const
const FILE_FIELDS = new Set(['sampleImageIds', 'drawingFileIds'])
const TERM_FIELDS = new Set(['processIds', 'jobTypeId'])
const TEXT_FIELDS = new Set(['productName', 'qualityRequirements', 'requirements', 'specifications', 'material', 'priceNote', 'workingHours'])

function isPrice(value: unknown): value is { min?: number | string | null; max?: number | string | null; currency?: string } {
  return typeof value === 'object' && value !== null && 'currency' in value
}

function isEquipment(value: unknown): value is { type: string; count: number; spec?: string | null }[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'type' in v && 'count' in v)
}

/** A detail value as one line of text: prices as ranges, ids as names, files counted, booleans as yes/no. */
export function formatValue(field: string, value: unknown, names: Names, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—'
  if (TERM_FIELDS.has(field)) {
    const ids = Array.isArray(value) ? (value as string[]) : [String(value)]
    return ids.map((id) => names.terms[id] ?? id).join('、')
  }
  if (FILE_FIELDS.has(field)) return t('boardAdmin.values.files', { count: Array.isArray(value) ? value.length : 0 })
  if (typeof value === 'boolean') return value ? t('boardAdmin.values.yes') : t('boardAdmin.values.no')
  if (isPrice(value)) {
    const range = value.max !== null && value.max !== undefined && value.max !== value.min ? `${value.min}–${value.max}` : `${value.min}`
    return `${range} ${value.currency ?? ''}`.trim()
  }
  if (isEquipment(value)) return value.map((e) => `${e.type} ×${e.count}${e.spec ? ` ${e.spec}` : ''}`).join('；')
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(String).join('、')
  return String(value)
}

/** The rows of a posting's content: the shared fields, then its kind's details in the order the form has them. */
export function contentRows(content: ContentView, names: Names, t: Translate): ContentRow[] {
  const place = [content.provinceCode, content.cityCode, content.countyCode]
    .filter((c): c is string => !!c)
    .map((code) => names.places[code] ?? code)
    .join(' ')
  const rows: ContentRow[] = [
    { key: 'title', value: content.title ?? '—', text: true },
    { key: 'description', value: content.description || '—', text: true },
    { key: 'region', value: place || '—' },
    { key: 'addressLine', value: content.addressLine || '—', text: true },
    { key: 'category', value: content.categoryTagId ? (names.categories[content.categoryTagId] ?? content.categoryTagId) : '—' },
    { key: 'validUntil', value: content.validUntil ?? '—' },
    { key: 'media', value: t('boardAdmin.values.files', { count: content.mediaFileIds?.length ?? 0 }) },
  ]
  for (const key of DETAIL_KEYS) {
    const details = content[key] as Record<string, unknown> | null | undefined
    if (!details) continue
    for (const [field, value] of Object.entries(details)) {
      rows.push({ key: field, value: formatValue(field, value, names, t), text: TEXT_FIELDS.has(field) })
    }
  }
  return rows
}
