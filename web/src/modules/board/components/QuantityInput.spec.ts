import { describe, expect, it } from 'vitest'
import { h, reactive } from 'vue'
import { byTestId, fill, harness, mountWith } from '@/test/helpers'
import QuantityInput from './QuantityInput.vue'

describe('QuantityInput', () => {
  it('edits the quantity and its unit', async () => {
    const demand = reactive({ quantity: '', unit: '件' })
    await mountWith(
      {
        render: () =>
          h(QuantityInput, {
            quantity: demand.quantity,
            unit: demand.unit,
            'onUpdate:quantity': (v: string) => (demand.quantity = v),
            'onUpdate:unit': (v: string) => (demand.unit = v),
          }),
      },
      await harness('/'),
    )
    expect((byTestId('publish-unit') as HTMLInputElement).value).toBe('件')
    await fill('publish-quantity', '30000')
    await fill('publish-unit', '个')
    expect(demand).toEqual({ quantity: '30000', unit: '个' })
  })
})
