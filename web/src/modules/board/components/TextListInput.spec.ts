import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { byTestId, fill, harness, mountWith } from '@/test/helpers'
import TextListInput from './TextListInput.vue'

async function enter(): Promise<void> {
  byTestId('publish-certification').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  await flushPromises()
}

describe('TextListInput', () => {
  it('adds a typed text on Enter or on leaving the box, skipping blanks and repeats, and removes one by its ×', async () => {
    const list = ['CE']
    await mountWith(TextListInput, await harness('/'), { modelValue: list, placeholder: '输入后回车', testId: 'publish-certification' })
    expect(byTestId('publish-certification').getAttribute('placeholder')).toBe('输入后回车')
    await fill('publish-certification', ' FDA ')
    await enter()
    await fill('publish-certification', 'CE')
    await enter()
    await fill('publish-certification', '   ')
    await enter()
    await fill('publish-certification', 'RoHS')
    byTestId('publish-certification').dispatchEvent(new FocusEvent('blur'))
    await flushPromises()
    expect(list).toEqual(['CE', 'FDA', 'RoHS'])
    expect((byTestId('publish-certification') as HTMLInputElement).value).toBe('')
    ;(document.querySelector('.el-tag .el-tag__close') as HTMLElement).click()
    await flushPromises()
    expect(list).toEqual(['FDA', 'RoHS'])
  })

  it('holds at most ten', async () => {
    const list = Array.from({ length: 10 }, (_, i) => `C${i}`)
    await mountWith(TextListInput, await harness('/'), { modelValue: list, placeholder: '', testId: 'publish-certification' })
    await fill('publish-certification', 'ISO9001')
    await enter()
    expect(list).toHaveLength(10)
    expect(list).not.toContain('ISO9001')
  })
})
