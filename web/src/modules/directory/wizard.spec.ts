import { describe, expect, it } from 'vitest'
import {
  claimFactoryId,
  emptyForm,
  firstStepWithError,
  fromReview,
  stepsFor,
  toSubmission,
  validateStep,
  type LicenceForm,
  type StepContext,
} from './wizard'
import type { LicenceReview } from './api'

const ctx: StepContext = { municipality: false, hasCounties: true, creditCodeInvalid: false }

function filled(): LicenceForm {
  return {
    ...emptyForm(),
    companyName: ' 深圳市恒温保温杯制造有限公司 ',
    creditCode: '91440305 mA5fxxxx0X'.replace(/x/g, '1'),
    legalRepresentative: '王建国',
    provinceCode: '44',
    cityCode: '4403',
    countyCode: '440305',
    addressLine: '科技园南区 8 栋',
    licenceFileId: 'file-1',
    industryTagId: 'ind-1',
    categoryTagIds: ['cat-1'],
    attributeTagIds: ['attr-1'],
    contactName: '李经理',
    contactMobile: '13812345678',
  }
}

describe('licence wizard steps', () => {
  it('has a tags step only for factories', () => {
    expect(stepsFor('factory')).toEqual(['company', 'address', 'licence', 'tags', 'contact'])
    expect(stepsFor('verification')).toEqual(['company', 'address', 'licence', 'contact'])
  })

  it('requires the company fields and an 18-character credit code from the GB 32100 alphabet', () => {
    expect(validateStep('company', emptyForm(), ctx)).toEqual({
      companyName: 'companyNameRequired',
      creditCode: 'creditCodeRequired',
      legalRepresentative: 'legalRepresentativeRequired',
    })
    const form = filled()
    expect(validateStep('company', form, ctx)).toEqual({})
    expect(validateStep('company', { ...form, creditCode: '91440305MA5F1111' }, ctx)).toEqual({ creditCode: 'creditCodeFormat' })
    // I, O, S, V and Z are not in the alphabet.
    expect(validateStep('company', { ...form, creditCode: '91440305MA5F11110I' }, ctx)).toEqual({ creditCode: 'creditCodeFormat' })
    expect(validateStep('company', form, { ...ctx, creditCodeInvalid: true })).toEqual({ creditCode: 'creditCodeCheck' })
  })

  it('asks for a city except in a municipality, and for a county when the city has counties', () => {
    const form = { ...filled(), cityCode: '', countyCode: '' }
    expect(validateStep('address', form, ctx)).toEqual({ cityCode: 'cityRequired', countyCode: 'countyRequired' })
    expect(validateStep('address', { ...form, provinceCode: '11' }, { ...ctx, municipality: true })).toEqual({ countyCode: 'countyRequired' })
    expect(validateStep('address', { ...form, provinceCode: '11', countyCode: '110101' }, { ...ctx, municipality: true })).toEqual({})
    expect(validateStep('address', { ...form, cityCode: '4403' }, { ...ctx, hasCounties: false })).toEqual({})
    expect(validateStep('address', emptyForm(), ctx)).toEqual({ provinceCode: 'provinceRequired', addressLine: 'addressLineRequired' })
  })

  it('needs the licence, one industry with at least one category, and a way to reach the contact', () => {
    expect(validateStep('licence', emptyForm(), ctx)).toEqual({ licenceFileId: 'licenceRequired' })
    expect(validateStep('tags', emptyForm(), ctx)).toEqual({ industryTagId: 'industryRequired', categoryTagIds: 'categoryRequired' })
    expect(validateStep('tags', { ...filled(), categoryTagIds: Array.from({ length: 21 }, (_, i) => `c${i}`) }, ctx)).toEqual({ categoryTagIds: 'tooMany' })
    expect(validateStep('contact', { ...filled(), contactMobile: '' }, ctx)).toEqual({ contactMobile: 'mobileOrEmailRequired' })
    expect(validateStep('contact', { ...filled(), contactMobile: '', contactEmail: 'sales@example.cn' }, ctx)).toEqual({})
    expect(validateStep('contact', { ...filled(), contactMobile: 'abc', contactEmail: 'nope' }, ctx)).toEqual({
      contactMobile: 'mobileFormat',
      contactEmail: 'emailFormat',
    })
  })

  it('builds the request: trimmed, code upper-cased without spaces, tags only for factories', () => {
    const body = toSubmission({ ...filled(), creditCode: '91440305ma5f11110x', contactEmail: '  ' }, 'factory')
    expect(body).toEqual({
      companyName: '深圳市恒温保温杯制造有限公司',
      creditCode: '91440305MA5F11110X',
      legalRepresentative: '王建国',
      provinceCode: '44',
      cityCode: '4403',
      countyCode: '440305',
      addressLine: '科技园南区 8 栋',
      licenceFileId: 'file-1',
      industryTagId: 'ind-1',
      categoryTagIds: ['cat-1'],
      attributeTagIds: ['attr-1'],
      contactName: '李经理',
      contactMobile: '13812345678',
    })
    const verification = toSubmission({ ...filled(), cityCode: '' }, 'verification')
    expect(verification).not.toHaveProperty('industryTagId')
    expect(verification).not.toHaveProperty('categoryTagIds')
    expect(verification).not.toHaveProperty('cityCode')
  })

  it('sends the user back to the first step holding a server field error', () => {
    expect(firstStepWithError(['contactMobile', 'creditCode'], 'factory')).toBe(0)
    expect(firstStepWithError(['licenceFileId', 'countyCode'], 'factory')).toBe(1)
    expect(firstStepWithError(['categoryTagIds[0]'], 'factory')).toBe(3)
    expect(firstStepWithError(['contactEmail'], 'verification')).toBe(3)
    expect(firstStepWithError(['somethingElse'], 'factory')).toBe(-1)
  })

  it('prefills from an earlier submission and reads the factory id of a claim link', () => {
    const review = {
      companyName: '甲工厂',
      creditCode: 'X',
      legalRepresentative: '王',
      address: { province: { code: '11', name: '北京市' }, city: null, county: { code: '110101', name: '东城区' }, line: '1 号', countryCode: 'CN' },
      licenceFileId: 'f',
      industry: { id: 'i', code: 'c', nameZh: '', nameEn: '', retired: false },
      categories: [{ id: 'a', code: 'a', nameZh: '', nameEn: '', retired: false }],
      attributes: [],
      contactName: '李',
      contactMobile: null,
      contactEmail: 'a@b.cn',
    } as unknown as LicenceReview
    const form = fromReview(review)
    expect(form.provinceCode).toBe('11')
    expect(form.cityCode).toBe('')
    expect(form.countyCode).toBe('110101')
    expect(form.categoryTagIds).toEqual(['a'])
    expect(form.contactMobile).toBe('')
    expect(claimFactoryId('/api/directory/factories/01941f29-7c00-7008-b5af-12295a0f988d/claims')).toBe('01941f29-7c00-7008-b5af-12295a0f988d')
    expect(claimFactoryId(undefined)).toBeUndefined()
  })
})
