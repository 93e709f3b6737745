import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { i18n } from '@/app/i18n'
import { ApiError } from '@/shared/api'
import { useRecord } from './useRecord'

function withRecord(key: string, fetch: (key: string) => Promise<string>) {
  const id = ref(key)
  let record!: ReturnType<typeof useRecord<string>>
  mount(
    defineComponent({
      setup() {
        record = useRecord(id, fetch)
        return () => h('div')
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return { id, record }
}

function failure(status: number): ApiError {
  return new ApiError({ type: 'about:blank', title: 'Error', status, detail: 'failed', code: status === 404 ? 'board.posting-not-found' : 'shared.unavailable', errors: [], extras: {} })
}

describe('useRecord', () => {
  it('loads the record for the key, and again when the key changes', async () => {
    const fetch = vi.fn(async (key: string) => `record ${key}`)
    const { id, record } = withRecord('a', fetch)
    await flushPromises()
    expect(record.record.value).toBe('record a')
    expect(record.loading.value).toBe(false)
    id.value = 'b'
    await flushPromises()
    expect(fetch).toHaveBeenLastCalledWith('b')
    expect(record.record.value).toBe('record b')
  })

  it('tells a missing record from a failure', async () => {
    const missing = withRecord('gone', () => Promise.reject(failure(404))).record
    const broken = withRecord('x', () => Promise.reject(failure(503))).record
    await flushPromises()
    expect(missing.notFound.value).toBe(true)
    expect(missing.error.value).toBe('')
    expect(broken.notFound.value).toBe(false)
    expect(broken.error.value).not.toBe('')
    expect(broken.loading.value).toBe(false)
  })
})
