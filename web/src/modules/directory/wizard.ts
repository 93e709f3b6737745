import type { LicenceReview, LicenceSubmission } from './api'

/** The licence form's steps; company verification (non-factories) has no tags step. */
export const FACTORY_STEPS = ['company', 'address', 'licence', 'tags', 'contact'] as const
export const VERIFICATION_STEPS = ['company', 'address', 'licence', 'contact'] as const
export type WizardStep = (typeof FACTORY_STEPS)[number]
export type WizardMode = 'factory' | 'verification'

export function stepsFor(mode: WizardMode): readonly WizardStep[] {
  return mode === 'factory' ? FACTORY_STEPS : VERIFICATION_STEPS
}

export interface LicenceForm {
  companyName: string
  creditCode: string
  legalRepresentative: string
  provinceCode: string
  cityCode: string
  countyCode: string
  addressLine: string
  licenceFileId: string
  industryTagId: string
  categoryTagIds: string[]
  attributeTagIds: string[]
  contactName: string
  contactMobile: string
  contactEmail: string
}

export function emptyForm(): LicenceForm {
  return {
    companyName: '',
    creditCode: '',
    legalRepresentative: '',
    provinceCode: '',
    cityCode: '',
    countyCode: '',
    addressLine: '',
    licenceFileId: '',
    industryTagId: '',
    categoryTagIds: [],
    attributeTagIds: [],
    contactName: '',
    contactMobile: '',
    contactEmail: '',
  }
}

/** Which step holds each request field: a server field error sends the user back there. */
export const FIELD_STEP: Record<keyof LicenceForm, WizardStep> = {
  companyName: 'company',
  creditCode: 'company',
  legalRepresentative: 'company',
  provinceCode: 'address',
  cityCode: 'address',
  countyCode: 'address',
  addressLine: 'address',
  licenceFileId: 'licence',
  industryTagId: 'tags',
  categoryTagIds: 'tags',
  attributeTagIds: 'tags',
  contactName: 'contact',
  contactMobile: 'contact',
  contactEmail: 'contact',
}

/** The first step (in order) that one of the given fields belongs to. */
export function firstStepWithError(fields: string[], mode: WizardMode): number {
  const steps = stepsFor(mode)
  const wanted = new Set(fields.map((f) => FIELD_STEP[f.replace(/\[\d+\]$/, '') as keyof LicenceForm]).filter(Boolean))
  const index = steps.findIndex((step) => wanted.has(step))
  return index
}

/** GB 32100: 18 characters from the code's alphabet (no I, O, S, V, Z). The server checks the rest. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/
const MOBILE = /^\+?[0-9 -]{6,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export interface StepContext {
  /** The chosen province is a municipality (no city level). */
  municipality: boolean
  /** Counties are known for the chosen city (or municipality); then one must be picked. */
  hasCounties: boolean
  /** The live credit-code check said the code is wrong. */
  creditCodeInvalid: boolean
}

/** Client-side checks of one step: field → i18n key under `directory.form.errors`. Empty when the step is fine. */
export function validateStep(step: WizardStep, form: LicenceForm, ctx: StepContext): Record<string, string> {
  const errors: Record<string, string> = {}
  const blank = (v: string) => v.trim() === ''
  switch (step) {
    case 'company':
      if (blank(form.companyName)) errors.companyName = 'companyNameRequired'
      else if (form.companyName.trim().length > 200) errors.companyName = 'tooLong'
      if (blank(form.creditCode)) errors.creditCode = 'creditCodeRequired'
      else if (!CREDIT_CODE.test(normalizeCreditCode(form.creditCode))) errors.creditCode = 'creditCodeFormat'
      else if (ctx.creditCodeInvalid) errors.creditCode = 'creditCodeCheck'
      if (blank(form.legalRepresentative)) errors.legalRepresentative = 'legalRepresentativeRequired'
      else if (form.legalRepresentative.trim().length > 60) errors.legalRepresentative = 'tooLong'
      break
    case 'address':
      if (!form.provinceCode) errors.provinceCode = 'provinceRequired'
      else if (!ctx.municipality && !form.cityCode) errors.cityCode = 'cityRequired'
      if (form.provinceCode && ctx.hasCounties && !form.countyCode) errors.countyCode = 'countyRequired'
      if (blank(form.addressLine)) errors.addressLine = 'addressLineRequired'
      else if (form.addressLine.trim().length > 300) errors.addressLine = 'tooLong'
      break
    case 'licence':
      if (!form.licenceFileId) errors.licenceFileId = 'licenceRequired'
      break
    case 'tags':
      if (!form.industryTagId) errors.industryTagId = 'industryRequired'
      if (form.categoryTagIds.length === 0) errors.categoryTagIds = 'categoryRequired'
      else if (form.categoryTagIds.length > 20) errors.categoryTagIds = 'tooMany'
      if (form.attributeTagIds.length > 20) errors.attributeTagIds = 'tooMany'
      break
    case 'contact':
      if (blank(form.contactName)) errors.contactName = 'contactNameRequired'
      else if (form.contactName.trim().length > 60) errors.contactName = 'tooLong'
      if (blank(form.contactMobile) && blank(form.contactEmail)) errors.contactMobile = 'mobileOrEmailRequired'
      if (!blank(form.contactMobile) && !MOBILE.test(form.contactMobile.trim())) errors.contactMobile = 'mobileFormat'
      if (!blank(form.contactEmail) && !EMAIL.test(form.contactEmail.trim())) errors.contactEmail = 'emailFormat'
      break
  }
  return errors
}

/** Upper case without spaces, as printed on licences and typed by hand. */
export function normalizeCreditCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase()
}

/** The request body: trimmed, optional parts left out, tags only for factories. */
export function toSubmission(form: LicenceForm, mode: WizardMode): LicenceSubmission {
  const body: LicenceSubmission = {
    companyName: form.companyName.trim(),
    creditCode: normalizeCreditCode(form.creditCode),
    legalRepresentative: form.legalRepresentative.trim(),
    provinceCode: form.provinceCode,
    addressLine: form.addressLine.trim(),
    licenceFileId: form.licenceFileId,
    contactName: form.contactName.trim(),
  }
  if (form.cityCode) body.cityCode = form.cityCode
  if (form.countyCode) body.countyCode = form.countyCode
  if (form.contactMobile.trim()) body.contactMobile = form.contactMobile.trim()
  if (form.contactEmail.trim()) body.contactEmail = form.contactEmail.trim()
  if (mode === 'factory') {
    if (form.industryTagId) body.industryTagId = form.industryTagId
    body.categoryTagIds = [...form.categoryTagIds]
    body.attributeTagIds = [...form.attributeTagIds]
  }
  return body
}

/** A form filled from an earlier submission (resubmitting after a rejection, or changing verified values). */
export function fromReview(review: LicenceReview): LicenceForm {
  return {
    companyName: review.companyName ?? '',
    creditCode: review.creditCode ?? '',
    legalRepresentative: review.legalRepresentative ?? '',
    provinceCode: review.address?.province?.code ?? '',
    cityCode: review.address?.city?.code ?? '',
    countyCode: review.address?.county?.code ?? '',
    addressLine: review.address?.line ?? '',
    licenceFileId: review.licenceFileId ?? '',
    industryTagId: review.industry?.id ?? '',
    categoryTagIds: (review.categories ?? []).map((t) => t.id),
    attributeTagIds: (review.attributes ?? []).map((t) => t.id),
    contactName: review.contactName ?? '',
    contactMobile: review.contactMobile ?? '',
    contactEmail: review.contactEmail ?? '',
  }
}

/** A 409 "credit code taken" names the claim route; the console needs the factory id in it. */
export function claimFactoryId(claimUrl: unknown): string | undefined {
  if (typeof claimUrl !== 'string') return undefined
  return /\/factories\/([0-9a-fA-F-]{36})\/claims/.exec(claimUrl)?.[1]
}
