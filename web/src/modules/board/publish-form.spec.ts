import { describe, expect, it } from 'vitest'
import { blockedFields, emptyForm, fromContent, highlight, newIdempotencyKey, stepOfField, toCreateRequest, toUpdateRequest, validateStep } from './publish-form'

const TODAY = '2026-11-22'

function procurementForm() {
  const form = emptyForm('PROCUREMENT')
  Object.assign(form, { provinceCode: '44', cityCode: '4403', categoryTagId: 'cat-1' })
  Object.assign(form.procurement, { productName: '保温杯', quantity: '30000', deliveryDate: '2027-01-20', priceMin: '12.5', priceMax: '15' })
  return form
}

describe('the publish form', () => {
  it('blocks each step until its required fields are filled, with the server’s field paths', () => {
    const form = emptyForm()
    expect(validateStep(form, 'kind', TODAY)).toEqual({ kind: 'kindRequired' })
    form.kind = 'JOB'
    expect(validateStep(form, 'kind', TODAY)).toEqual({})
    expect(validateStep(form, 'common', TODAY)).toEqual({ provinceCode: 'provinceRequired', cityCode: 'cityRequired' })
    expect(validateStep(form, 'details', TODAY)).toEqual({
      'job.jobTypeId': 'required',
      'job.wage.min': 'priceRequired',
      'job.headcount': 'headcountRange',
      'job.startDate': 'required',
    })
    Object.assign(form.job, { jobTypeId: 'term-sew', wageMin: '320', wageMax: '260', headcount: '5', startDate: '2026-11-21', endDate: '2026-11-20' })
    expect(validateStep(form, 'details', TODAY)).toEqual({ 'job.wage.max': 'priceOrder', 'job.startDate': 'dateNotPast', 'job.endDate': 'dateOrder' })
  })

  it('checks procurement: positive quantities, a delivery date after today, seats within 1–200', () => {
    const form = procurementForm()
    expect(validateStep(form, 'common', TODAY)).toEqual({})
    expect(validateStep(form, 'details', TODAY)).toEqual({})
    Object.assign(form.procurement, { quantity: '0', deliveryDate: TODAY, quoteSeats: '500' })
    expect(validateStep(form, 'details', TODAY)).toEqual({
      'procurement.quantity': 'positiveNumber',
      'procurement.deliveryDate': 'dateFuture',
      'procurement.quoteSeats': 'seatsRange',
    })
    form.categoryTagId = ''
    expect(validateStep(form, 'review', TODAY)).toMatchObject({ categoryTagId: 'categoryRequired', 'procurement.quantity': 'positiveNumber' })
  })

  it('asks an OEM service for equipment, processes and one of the capacities', () => {
    const form = emptyForm('OEM_SERVICE')
    form.oemService.equipment = [{ type: '注塑机', count: '0', spec: '' }]
    expect(validateStep(form, 'details', TODAY)).toMatchObject({
      'oemService.equipment[0]': 'equipmentRow',
      'oemService.processIds': 'required',
      'oemService.monthlyCapacity': 'capacityRequired',
      'oemService.quoteMethod': 'required',
      'oemService.leadTimeDays': 'leadTimeRange',
    })
  })

  it('builds the request with only the kind’s details, numbers as numbers and empty optionals left out', () => {
    const body = toCreateRequest(procurementForm(), false)
    expect(body).toEqual({
      kind: 'PROCUREMENT',
      draft: false,
      title: undefined,
      description: undefined,
      provinceCode: '44',
      cityCode: '4403',
      countyCode: undefined,
      addressLine: undefined,
      categoryTagId: 'cat-1',
      validUntil: undefined,
      mediaFileIds: [],
      procurement: {
        productName: '保温杯',
        quantity: 30000,
        unit: '个',
        targetPrice: { min: 12.5, max: 15, currency: 'CNY' },
        deliveryDate: '2027-01-20',
        qualityRequirements: undefined,
        certifications: [],
        destinationCountry: undefined,
        sampleImageIds: [],
        quoteSeats: undefined,
      },
    })
    expect(toUpdateRequest(procurementForm())).not.toHaveProperty('kind')
  })

  it('reads an existing posting back into the form (edit) and writes the same request', () => {
    const form = procurementForm()
    const again = fromContent('PROCUREMENT', { ...toUpdateRequest(form), countyCode: null, addressLine: null } as never)
    expect(toCreateRequest(again, false)).toEqual(toCreateRequest(form, false))
  })

  it('finds where blocked words were written, even when the server names only the details', () => {
    const form = procurementForm()
    form.description = '请加微信联系'
    form.procurement.qualityRequirements = '加 V信 发图'
    const found = blockedFields(form, [
      { field: 'description', text: '微信' },
      { field: 'procurement', text: 'V信' },
      { field: 'procurement', text: '暗号' },
    ])
    expect(found).toEqual({ description: ['微信'], 'procurement.qualityRequirements': ['V信'], procurement: ['暗号'] })
    expect(stepOfField('description')).toBe('common')
    expect(stepOfField('procurement.qualityRequirements')).toBe('details')
    expect(stepOfField('procurement.sampleImageIds')).toBe('media')
  })

  it('marks the words in a text without touching the rest', () => {
    expect(highlight('请加微信或v信联系', ['微信', 'V信'])).toEqual([
      { text: '请加', mark: false },
      { text: '微信', mark: true },
      { text: '或', mark: false },
      { text: 'v信', mark: true },
      { text: '联系', mark: false },
    ])
    expect(highlight('a.b(c)', ['(c)'])).toEqual([
      { text: 'a.b', mark: false },
      { text: '(c)', mark: true },
    ])
  })

  it('makes idempotency keys the server accepts (a UUID, different each form)', () => {
    const a = newIdempotencyKey()
    const b = newIdempotencyKey()
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(a).not.toBe(b)
  })
})
