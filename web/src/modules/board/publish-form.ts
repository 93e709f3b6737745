import type {
  ContentView,
  CreatePostingRequest,
  InventoryDetails,
  JobDetails,
  ModerationHit,
  OemDemandDetails,
  OemServiceDetails,
  PostingKind,
  ProcurementDetails,
  UpdatePostingRequest,
} from './api'

/**
 * The 信息发布 step form: what the author types (strings, as inputs hold them), the checks each step makes before
 * the next one opens (the server's rules, so most mistakes are caught before a round trip), and the request body.
 * Field paths are the request's property paths (`procurement.quantity`), so the server's field errors land on the
 * same form items.
 */

export const STEPS = ['kind', 'common', 'details', 'media', 'review'] as const
export type Step = (typeof STEPS)[number]

export interface EquipmentRow {
  type: string
  count: string
  spec: string
}

export interface PublishForm {
  kind: PostingKind | ''
  title: string
  description: string
  provinceCode: string
  cityCode: string
  countyCode: string
  addressLine: string
  categoryTagId: string
  validUntil: string
  mediaFileIds: string[]
  procurement: {
    productName: string
    quantity: string
    unit: string
    priceMin: string
    priceMax: string
    currency: string
    deliveryDate: string
    qualityRequirements: string
    certifications: string[]
    destinationCountry: string
    sampleImageIds: string[]
    quoteSeats: string
  }
  inventory: {
    productName: string
    quantity: string
    unit: string
    priceMin: string
    priceMax: string
    currency: string
    minOrderQuantity: string
    saleMode: 'WHOLESALE' | 'CONSIGNMENT' | 'EITHER' | ''
    clearanceDeadline: string
  }
  job: {
    jobTypeId: string
    wageType: 'HOURLY' | 'DAILY' | 'PIECE' | ''
    wageMin: string
    wageMax: string
    currency: string
    headcount: string
    startDate: string
    endDate: string
    workingHours: string
    requirements: string
    housingProvided: boolean
    mealsProvided: boolean
  }
  oemDemand: {
    processIds: string[]
    specifications: string
    material: string
    quantity: string
    unit: string
    budgetMin: string
    budgetMax: string
    currency: string
    leadTimeDays: string
    drawingFileIds: string[]
  }
  oemService: {
    equipment: EquipmentRow[]
    processIds: string[]
    materials: string[]
    dailyCapacity: string
    monthlyCapacity: string
    unit: string
    quoteMethod: 'PER_PIECE' | 'PER_HOUR' | 'PER_MOULD' | 'PER_BATCH' | 'BY_DRAWING' | ''
    priceNote: string
    leadTimeDays: string
    samplesAvailable: boolean
  }
}

/** Defaults a Chinese author expects: 个 / 件, 人民币, a job paid by the day. */
export function emptyForm(kind: PostingKind | '' = '', defaultUnit = '个'): PublishForm {
  return {
    kind,
    title: '',
    description: '',
    provinceCode: '',
    cityCode: '',
    countyCode: '',
    addressLine: '',
    categoryTagId: '',
    validUntil: '',
    mediaFileIds: [],
    procurement: {
      productName: '',
      quantity: '',
      unit: defaultUnit,
      priceMin: '',
      priceMax: '',
      currency: 'CNY',
      deliveryDate: '',
      qualityRequirements: '',
      certifications: [],
      destinationCountry: '',
      sampleImageIds: [],
      quoteSeats: '',
    },
    inventory: {
      productName: '',
      quantity: '',
      unit: defaultUnit,
      priceMin: '',
      priceMax: '',
      currency: 'CNY',
      minOrderQuantity: '',
      saleMode: '',
      clearanceDeadline: '',
    },
    job: {
      jobTypeId: '',
      wageType: 'DAILY',
      wageMin: '',
      wageMax: '',
      currency: 'CNY',
      headcount: '',
      startDate: '',
      endDate: '',
      workingHours: '',
      requirements: '',
      housingProvided: false,
      mealsProvided: false,
    },
    oemDemand: {
      processIds: [],
      specifications: '',
      material: '',
      quantity: '',
      unit: defaultUnit,
      budgetMin: '',
      budgetMax: '',
      currency: 'CNY',
      leadTimeDays: '',
      drawingFileIds: [],
    },
    oemService: {
      equipment: [{ type: '', count: '', spec: '' }],
      processIds: [],
      materials: [],
      dailyCapacity: '',
      monthlyCapacity: '',
      unit: defaultUnit,
      quoteMethod: '',
      priceNote: '',
      leadTimeDays: '',
      samplesAvailable: false,
    },
  }
}

/** The request property carrying each kind's details. */
export const DETAILS_FIELD: Record<PostingKind, 'procurement' | 'inventory' | 'job' | 'oemDemand' | 'oemService'> = {
  PROCUREMENT: 'procurement',
  INVENTORY: 'inventory',
  JOB: 'job',
  OEM_DEMAND: 'oemDemand',
  OEM_SERVICE: 'oemService',
}

/** Error messages by field path, as i18n keys under `board.publish.errors` (the page translates them). */
export type FormErrors = Record<string, string>

const NUMBER = /^\d+(\.\d{1,4})?$/

function positive(value: string): boolean {
  return NUMBER.test(value.trim()) && Number(value) > 0
}

function wholeIn(value: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(value.trim())) return false
  const n = Number(value)
  return n >= min && n <= max
}

/** Prices: empty, or one or both bounds positive with min ≤ max. Paths `<prefix>.min` / `.max` as the server names them. */
function checkPrice(errors: FormErrors, prefix: string, min: string, max: string, required: boolean): void {
  const hasMin = min.trim() !== ''
  const hasMax = max.trim() !== ''
  if (!hasMin && !hasMax) {
    if (required) errors[`${prefix}.min`] = 'priceRequired'
    return
  }
  if (hasMin && !positive(min)) errors[`${prefix}.min`] = 'positiveNumber'
  if (hasMax && !positive(max)) errors[`${prefix}.max`] = 'positiveNumber'
  if (hasMin && hasMax && positive(min) && positive(max) && Number(min) > Number(max)) errors[`${prefix}.max`] = 'priceOrder'
}

/** Checks one step; `today` is yyyy-mm-dd in the author's zone. An empty result lets the author go on. */
export function validateStep(form: PublishForm, step: Step, today: string): FormErrors {
  const errors: FormErrors = {}
  const kind = form.kind
  if (step === 'kind') {
    if (!kind) errors.kind = 'kindRequired'
    return errors
  }
  if (!kind) return { kind: 'kindRequired' }
  if (step === 'common') {
    if (!form.provinceCode) errors.provinceCode = 'provinceRequired'
    if ((kind === 'INVENTORY' || kind === 'JOB' || kind === 'OEM_SERVICE') && !form.cityCode) errors.cityCode = 'cityRequired'
    if ((kind === 'PROCUREMENT' || kind === 'INVENTORY') && !form.categoryTagId) errors.categoryTagId = 'categoryRequired'
    if (form.validUntil && form.validUntil <= today) errors.validUntil = 'dateFuture'
    if (form.title.length > 100) errors.title = 'tooLong'
    return errors
  }
  if (step === 'details') {
    if (kind === 'PROCUREMENT') {
      const d = form.procurement
      if (!d.productName.trim()) errors['procurement.productName'] = 'required'
      if (!positive(d.quantity)) errors['procurement.quantity'] = 'positiveNumber'
      if (!d.unit.trim()) errors['procurement.unit'] = 'required'
      if (!d.deliveryDate) errors['procurement.deliveryDate'] = 'required'
      else if (d.deliveryDate <= today) errors['procurement.deliveryDate'] = 'dateFuture'
      checkPrice(errors, 'procurement.targetPrice', d.priceMin, d.priceMax, false)
      if (d.quoteSeats.trim() && !wholeIn(d.quoteSeats, 1, 200)) errors['procurement.quoteSeats'] = 'seatsRange'
    } else if (kind === 'INVENTORY') {
      const d = form.inventory
      if (!d.productName.trim()) errors['inventory.productName'] = 'required'
      if (!positive(d.quantity)) errors['inventory.quantity'] = 'positiveNumber'
      if (!d.unit.trim()) errors['inventory.unit'] = 'required'
      checkPrice(errors, 'inventory.unitPrice', d.priceMin, d.priceMax, true)
      if (d.minOrderQuantity.trim() && !positive(d.minOrderQuantity)) errors['inventory.minOrderQuantity'] = 'positiveNumber'
      if (!d.saleMode) errors['inventory.saleMode'] = 'required'
      if (d.clearanceDeadline && d.clearanceDeadline < today) errors['inventory.clearanceDeadline'] = 'dateNotPast'
    } else if (kind === 'JOB') {
      const d = form.job
      if (!d.jobTypeId) errors['job.jobTypeId'] = 'required'
      if (!d.wageType) errors['job.wageType'] = 'required'
      checkPrice(errors, 'job.wage', d.wageMin, d.wageMax, true)
      if (!wholeIn(d.headcount, 1, 10_000)) errors['job.headcount'] = 'headcountRange'
      if (!d.startDate) errors['job.startDate'] = 'required'
      else if (d.startDate < today) errors['job.startDate'] = 'dateNotPast'
      if (d.endDate && d.startDate && d.endDate < d.startDate) errors['job.endDate'] = 'dateOrder'
    } else if (kind === 'OEM_DEMAND') {
      const d = form.oemDemand
      if (d.processIds.length === 0) errors['oemDemand.processIds'] = 'required'
      else if (d.processIds.length > 5) errors['oemDemand.processIds'] = 'tooManyProcesses'
      if (!d.specifications.trim()) errors['oemDemand.specifications'] = 'required'
      if (!positive(d.quantity)) errors['oemDemand.quantity'] = 'positiveNumber'
      if (!d.unit.trim()) errors['oemDemand.unit'] = 'required'
      if (!wholeIn(d.leadTimeDays, 1, 365)) errors['oemDemand.leadTimeDays'] = 'leadTimeRange'
      checkPrice(errors, 'oemDemand.budget', d.budgetMin, d.budgetMax, false)
    } else {
      const d = form.oemService
      const rows = d.equipment.filter((e) => e.type.trim() || e.count.trim() || e.spec.trim())
      if (rows.length === 0) errors['oemService.equipment'] = 'equipmentRequired'
      rows.forEach((row, i) => {
        if (!row.type.trim() || !wholeIn(row.count, 1, 10_000)) errors[`oemService.equipment[${i}]`] = 'equipmentRow'
      })
      if (d.processIds.length === 0) errors['oemService.processIds'] = 'required'
      if (!d.dailyCapacity.trim() && !d.monthlyCapacity.trim()) errors['oemService.monthlyCapacity'] = 'capacityRequired'
      if (d.dailyCapacity.trim() && !positive(d.dailyCapacity)) errors['oemService.dailyCapacity'] = 'positiveNumber'
      if (d.monthlyCapacity.trim() && !positive(d.monthlyCapacity)) errors['oemService.monthlyCapacity'] = 'positiveNumber'
      if (!d.unit.trim()) errors['oemService.unit'] = 'required'
      if (!d.quoteMethod) errors['oemService.quoteMethod'] = 'required'
      if (!wholeIn(d.leadTimeDays, 1, 365)) errors['oemService.leadTimeDays'] = 'leadTimeRange'
    }
    return errors
  }
  if (step === 'media') {
    if (form.mediaFileIds.length > 9) errors.mediaFileIds = 'tooManyFiles'
    return errors
  }
  // review: everything again, so a form opened for editing cannot skip a step's checks
  return { ...validateStep(form, 'kind', today), ...validateStep(form, 'common', today), ...validateStep(form, 'details', today) }
}

/** The step a field belongs to (server errors and blocked words send the author back there). */
export function stepOfField(field: string): Step {
  if (field === 'kind') return 'kind'
  if (field.startsWith('mediaFileIds') || field.includes('sampleImageIds') || field.includes('drawingFileIds')) return 'media'
  if (/^(procurement|inventory|job|oemDemand|oemService)(\.|\[|$)/.test(field)) return 'details'
  return 'common'
}

function decimal(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value)
}

function text(value: string): string | undefined {
  const v = value.trim()
  return v === '' ? undefined : v
}

function price(min: string, max: string, currency: string) {
  if (min.trim() === '' && max.trim() === '') return undefined
  return { min: decimal(min), max: decimal(max), currency } as { min: number; max: number; currency: string }
}

/** The kind's details as the API takes them (only the kind's slot is filled). */
function details(form: PublishForm): Partial<CreatePostingRequest> {
  switch (form.kind) {
    case 'PROCUREMENT': {
      const d = form.procurement
      return {
        procurement: {
          productName: d.productName.trim(),
          quantity: Number(d.quantity),
          unit: d.unit.trim(),
          targetPrice: price(d.priceMin, d.priceMax, d.currency),
          deliveryDate: d.deliveryDate,
          qualityRequirements: text(d.qualityRequirements),
          certifications: d.certifications.map((c) => c.trim()).filter(Boolean),
          destinationCountry: text(d.destinationCountry),
          sampleImageIds: [...d.sampleImageIds],
          quoteSeats: d.quoteSeats.trim() ? Number(d.quoteSeats) : undefined,
        } as ProcurementDetails,
      }
    }
    case 'INVENTORY': {
      const d = form.inventory
      return {
        inventory: {
          productName: d.productName.trim(),
          quantity: Number(d.quantity),
          unit: d.unit.trim(),
          unitPrice: price(d.priceMin, d.priceMax, d.currency),
          minOrderQuantity: decimal(d.minOrderQuantity),
          saleMode: d.saleMode,
          clearanceDeadline: d.clearanceDeadline || undefined,
        } as InventoryDetails,
      }
    }
    case 'JOB': {
      const d = form.job
      return {
        job: {
          jobTypeId: d.jobTypeId,
          wageType: d.wageType,
          wage: price(d.wageMin, d.wageMax, d.currency),
          headcount: Number(d.headcount),
          startDate: d.startDate,
          endDate: d.endDate || undefined,
          workingHours: text(d.workingHours),
          requirements: text(d.requirements),
          housingProvided: d.housingProvided,
          mealsProvided: d.mealsProvided,
        } as JobDetails,
      }
    }
    case 'OEM_DEMAND': {
      const d = form.oemDemand
      return {
        oemDemand: {
          processIds: [...d.processIds],
          specifications: d.specifications.trim(),
          material: text(d.material),
          quantity: Number(d.quantity),
          unit: d.unit.trim(),
          leadTimeDays: Number(d.leadTimeDays),
          budget: price(d.budgetMin, d.budgetMax, d.currency),
          drawingFileIds: [...d.drawingFileIds],
        } as OemDemandDetails,
      }
    }
    case 'OEM_SERVICE': {
      const d = form.oemService
      return {
        oemService: {
          equipment: d.equipment
            .filter((e) => e.type.trim() || e.count.trim() || e.spec.trim())
            .map((e) => ({ type: e.type.trim(), count: Number(e.count), spec: text(e.spec) })),
          processIds: [...d.processIds],
          materials: d.materials.map((m) => m.trim()).filter(Boolean),
          dailyCapacity: decimal(d.dailyCapacity),
          monthlyCapacity: decimal(d.monthlyCapacity),
          unit: d.unit.trim(),
          quoteMethod: d.quoteMethod,
          priceNote: text(d.priceNote),
          leadTimeDays: Number(d.leadTimeDays),
          samplesAvailable: d.samplesAvailable,
        } as OemServiceDetails,
      }
    }
    default:
      return {}
  }
}

function common(form: PublishForm) {
  return {
    title: text(form.title),
    description: text(form.description),
    provinceCode: form.provinceCode,
    cityCode: form.cityCode || undefined,
    countyCode: form.countyCode || undefined,
    addressLine: text(form.addressLine),
    categoryTagId: form.categoryTagId || undefined,
    validUntil: form.validUntil || undefined,
    mediaFileIds: [...form.mediaFileIds],
  }
}

/** POST /api/board/postings: a new posting (a private draft with `draft`). */
export function toCreateRequest(form: PublishForm, draft: boolean): CreatePostingRequest {
  if (!form.kind) throw new Error('kind missing')
  return { kind: form.kind, draft, ...common(form), ...details(form) } as CreatePostingRequest
}

/** PUT /api/board/postings/{id}: the same content without kind. */
export function toUpdateRequest(form: PublishForm): UpdatePostingRequest {
  return { ...common(form), ...details(form) } as unknown as UpdatePostingRequest
}

const str = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value))

/** An existing posting's content (or its version under review) back into the form for editing. */
export function fromContent(kind: PostingKind, content: ContentView, defaultUnit = '个'): PublishForm {
  const form = emptyForm(kind, defaultUnit)
  form.title = content.title ?? ''
  form.description = content.description ?? ''
  form.provinceCode = content.provinceCode ?? ''
  form.cityCode = content.cityCode ?? ''
  form.countyCode = content.countyCode ?? ''
  form.addressLine = content.addressLine ?? ''
  form.categoryTagId = content.categoryTagId ?? ''
  form.validUntil = content.validUntil ?? ''
  form.mediaFileIds = [...(content.mediaFileIds ?? [])]
  const p = content.procurement
  if (kind === 'PROCUREMENT' && p) {
    Object.assign(form.procurement, {
      productName: p.productName ?? '',
      quantity: str(p.quantity),
      unit: p.unit ?? '',
      priceMin: str(p.targetPrice?.min),
      priceMax: str(p.targetPrice?.max),
      currency: p.targetPrice?.currency ?? 'CNY',
      deliveryDate: p.deliveryDate ?? '',
      qualityRequirements: p.qualityRequirements ?? '',
      certifications: [...(p.certifications ?? [])],
      destinationCountry: p.destinationCountry ?? '',
      sampleImageIds: [...(p.sampleImageIds ?? [])],
      quoteSeats: str(p.quoteSeats),
    })
  }
  const i = content.inventory
  if (kind === 'INVENTORY' && i) {
    Object.assign(form.inventory, {
      productName: i.productName ?? '',
      quantity: str(i.quantity),
      unit: i.unit ?? '',
      priceMin: str(i.unitPrice?.min),
      priceMax: str(i.unitPrice?.max),
      currency: i.unitPrice?.currency ?? 'CNY',
      minOrderQuantity: str(i.minOrderQuantity),
      saleMode: i.saleMode ?? '',
      clearanceDeadline: i.clearanceDeadline ?? '',
    })
  }
  const j = content.job
  if (kind === 'JOB' && j) {
    Object.assign(form.job, {
      jobTypeId: j.jobTypeId ?? '',
      wageType: j.wageType ?? '',
      wageMin: str(j.wage?.min),
      wageMax: str(j.wage?.max),
      currency: j.wage?.currency ?? 'CNY',
      headcount: str(j.headcount),
      startDate: j.startDate ?? '',
      endDate: j.endDate ?? '',
      workingHours: j.workingHours ?? '',
      requirements: j.requirements ?? '',
      housingProvided: Boolean(j.housingProvided),
      mealsProvided: Boolean(j.mealsProvided),
    })
  }
  const d = content.oemDemand
  if (kind === 'OEM_DEMAND' && d) {
    Object.assign(form.oemDemand, {
      processIds: [...(d.processIds ?? [])],
      specifications: d.specifications ?? '',
      material: d.material ?? '',
      quantity: str(d.quantity),
      unit: d.unit ?? '',
      budgetMin: str(d.budget?.min),
      budgetMax: str(d.budget?.max),
      currency: d.budget?.currency ?? 'CNY',
      leadTimeDays: str(d.leadTimeDays),
      drawingFileIds: [...(d.drawingFileIds ?? [])],
    })
  }
  const s = content.oemService
  if (kind === 'OEM_SERVICE' && s) {
    Object.assign(form.oemService, {
      equipment: (s.equipment ?? []).map((e) => ({ type: e.type ?? '', count: str(e.count), spec: e.spec ?? '' })),
      processIds: [...(s.processIds ?? [])],
      materials: [...(s.materials ?? [])],
      dailyCapacity: str(s.dailyCapacity),
      monthlyCapacity: str(s.monthlyCapacity),
      unit: s.unit ?? '',
      quoteMethod: s.quoteMethod ?? '',
      priceNote: s.priceNote ?? '',
      leadTimeDays: str(s.leadTimeDays),
      samplesAvailable: Boolean(s.samplesAvailable),
    })
    if (form.oemService.equipment.length === 0) form.oemService.equipment = [{ type: '', count: '', spec: '' }]
  }
  return form
}

// ---- blocked words ----

/** The text fields of the form by request path, for finding where a word was written. */
export function textFields(form: PublishForm): Record<string, string> {
  const fields: Record<string, string> = {
    title: form.title,
    description: form.description,
    addressLine: form.addressLine,
  }
  switch (form.kind) {
    case 'PROCUREMENT':
      fields['procurement.productName'] = form.procurement.productName
      fields['procurement.qualityRequirements'] = form.procurement.qualityRequirements
      fields['procurement.certifications'] = form.procurement.certifications.join(' ')
      break
    case 'INVENTORY':
      fields['inventory.productName'] = form.inventory.productName
      break
    case 'JOB':
      fields['job.requirements'] = form.job.requirements
      fields['job.workingHours'] = form.job.workingHours
      break
    case 'OEM_DEMAND':
      fields['oemDemand.specifications'] = form.oemDemand.specifications
      fields['oemDemand.material'] = form.oemDemand.material
      break
    case 'OEM_SERVICE':
      fields['oemService.materials'] = form.oemService.materials.join(' ')
      fields['oemService.priceNote'] = form.oemService.priceNote
      form.oemService.equipment.forEach((e, i) => {
        fields[`oemService.equipment[${i}]`] = `${e.type} ${e.spec}`
      })
      break
    default:
      break
  }
  return fields
}

/**
 * Where each blocked word sits: the server names the field (`title`) or only the kind's details (`procurement`) for
 * words in its free texts; then every details field whose text contains the word as written is marked. Result:
 * field path → the words found there.
 */
export function blockedFields(form: PublishForm, hits: readonly Pick<ModerationHit, 'text' | 'field'>[]): Record<string, string[]> {
  const fields = textFields(form)
  const found: Record<string, string[]> = {}
  const add = (field: string, word: string) => {
    const words = (found[field] ??= [])
    if (!words.includes(word)) words.push(word)
  }
  for (const hit of hits) {
    const word = hit.text
    if (hit.field in fields) {
      add(hit.field, word)
      continue
    }
    const inside = Object.keys(fields).filter(
      (path) => (path === hit.field || path.startsWith(`${hit.field}.`)) && fields[path]!.toLowerCase().includes(word.toLowerCase()),
    )
    if (inside.length > 0) inside.forEach((path) => add(path, word))
    else add(hit.field, word)
  }
  return found
}

export interface Segment {
  text: string
  mark: boolean
}

/** Splits a text around the given words (case-insensitive) so a template can mark them without v-html. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const wanted = words.filter((w) => w.length > 0)
  if (!text || wanted.length === 0) return text ? [{ text, mark: false }] : []
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi')
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, mark: wanted.some((w) => w.toLowerCase() === part.toLowerCase()) }))
}

/** One key per form, made once: a double click or a retry after a lost answer never creates a second posting. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  // crypto.randomUUID needs a secure context; plain-HTTP deployments still have getRandomValues.
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
