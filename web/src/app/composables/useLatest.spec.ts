import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { i18n } from '@/app/i18n'
import { useLatest } from './useLatest'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (cause: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

function withLatest<T>(fetch: () => Promise<T>) {
  let latest!: ReturnType<typeof useLatest<T>>
  mount(
    defineComponent({
      setup() {
        latest = useLatest(fetch)
        return () => h('div')
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return latest
}

describe('useLatest', () => {
  it('keeps the answer of the latest request when an older one arrives last', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    let call = 0
    const latest = withLatest(() => answers[call++]!.promise)
    const first = latest.load()
    const second = latest.load()
    answers[1]!.resolve('second')
    await second
    expect(latest.result.value).toBe('second')
    expect(latest.loading.value).toBe(false)
    answers[0]!.resolve('first')
    await first
    expect(latest.result.value).toBe('second')
  })

  it('shows a failure of the latest request only, and keeps loading until the latest answers', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    let call = 0
    const latest = withLatest(() => answers[call++]!.promise)
    const first = latest.load()
    const second = latest.load()
    answers[0]!.reject(new Error('stale'))
    await first.catch(() => undefined)
    expect(latest.error.value).toBe('')
    expect(latest.loading.value).toBe(true)
    answers[1]!.reject(new Error('offline'))
    await second
    expect(latest.error.value).not.toBe('')
    expect(latest.loading.value).toBe(false)
  })
})
