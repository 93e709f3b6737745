import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, reactive } from 'vue'
import { byTestId, fill, harness, mountWith } from '@/test/helpers'
import RangeInput from './RangeInput.vue'

describe('RangeInput', () => {
  it('edits from, to and the currency of its model, with boxes named after its test id', async () => {
    const wage = reactive({ wageMin: '', wageMax: '', currency: 'CNY' })
    await mountWith(
      {
        render: () =>
          h(RangeInput, {
            testId: 'publish-wage',
            min: wage.wageMin,
            max: wage.wageMax,
            currency: wage.currency,
            'onUpdate:min': (v: string) => (wage.wageMin = v),
            'onUpdate:max': (v: string) => (wage.wageMax = v),
            'onUpdate:currency': (v: string) => (wage.currency = v),
          }),
      },
      await harness('/'),
    )
    await fill('publish-wage-min', '200')
    await fill('publish-wage-max', '260')
    const currency = document.querySelector<HTMLSelectElement>('select.plain-select')!
    expect(Array.from(currency.options).map((o) => o.value)).toContain('USD')
    currency.value = 'USD'
    currency.dispatchEvent(new Event('change'))
    await flushPromises()
    expect(wage).toEqual({ wageMin: '200', wageMax: '260', currency: 'USD' })
    expect(byTestId('publish-wage-min').getAttribute('placeholder')).toBe('最低')
  })
})
