import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aTerm } from '../fixtures'
import TermsPage from './TermsPage.vue'

const operator = aMe({ permissions: ['board:term:manage'] })
const sewing = aTerm()
const packer = aTerm({ id: 't-2', code: 'packer', nameZh: '包装工', nameEn: 'Packer', sortOrder: 20 })
const moulding = aTerm({ id: 'p-1', kind: 'PROCESS', code: 'injection', nameZh: '注塑', nameEn: 'Injection moulding' })

describe('TermsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('adds, renames, reorders, retires and restores job types', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/terms') return json(200, call.search.get('kind') === 'PROCESS' ? [moulding] : [sewing, packer])
      if (call.path === '/api/board/admin/terms' && call.method === 'POST') {
        const body = call.body as { code: string; nameZh: string; nameEn: string }
        return json(201, aTerm({ id: 't-3', ...body, sortOrder: 30 }))
      }
      if (call.path === '/api/board/admin/terms/t-1' && call.method === 'PUT') return json(200, aTerm({ nameZh: '平车工', nameEn: 'Flat-bed machinist' }))
      if (call.path === '/api/board/admin/terms/order') return json(200, [packer, sewing])
      if (call.path === '/api/board/admin/terms/t-2/retire') return json(200, { ...packer, retired: true })
      if (call.path === '/api/board/admin/terms/t-2/restore') return json(200, packer)
      return undefined
    })
    await mountWith(TermsPage, await harness('/admin/board/terms', operator))
    expect(server.calls[0]!.search.get('includeRetired')).toBe('true')
    expect(allByTestId('term-row').map((r) => r.dataset.code)).toEqual(['sewing', 'packer'])

    await click('term-submit')
    expect(byTestId('term-error').textContent).toContain('请填写编码')
    await fill('term-code', 'ironer')
    await fill('term-name-zh', '整烫工')
    await fill('term-name-en', 'Presser')
    await click('term-submit')
    await vi.waitFor(() => expect(allByTestId('term-row')).toHaveLength(3))
    expect(server.calls.find((c) => c.path === '/api/board/admin/terms')!.body).toEqual({ kind: 'JOB_TYPE', code: 'ironer', nameZh: '整烫工', nameEn: 'Presser' })

    ;(allByTestId('term-rename')[0] as HTMLButtonElement).click()
    await flushPromises()
    await fill('term-rename-zh', '平车工')
    await fill('term-rename-en', 'Flat-bed machinist')
    await click('term-rename-save')
    await vi.waitFor(() => expect(allByTestId('term-row')[0]!.textContent).toContain('平车工'))
    expect(server.calls.find((c) => c.method === 'PUT' && c.path.endsWith('/t-1'))!.body).toEqual({ nameZh: '平车工', nameEn: 'Flat-bed machinist' })

    ;(allByTestId('term-up')[1] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('term-row').map((r) => r.dataset.code)).toEqual(['packer', 'sewing']))
    expect(server.calls.find((c) => c.path === '/api/board/admin/terms/order')!.body).toEqual({ kind: 'JOB_TYPE', order: ['t-2', 't-1', 't-3'] })

    ;(allByTestId('term-retire')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('term-row')[0]!.dataset.retired).toBe('true'))
    expect(allByTestId('term-retire')[0]!.textContent).toContain('恢复')
    ;(allByTestId('term-retire')[0] as HTMLButtonElement).click()
    await vi.waitFor(() => expect(allByTestId('term-row')[0]!.dataset.retired).toBe('false'))
  })

  it('switches to processes', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/terms') return json(200, call.search.get('kind') === 'PROCESS' ? [moulding] : [sewing])
      return undefined
    })
    await mountWith(TermsPage, await harness('/admin/board/terms', operator))
    ;(byTestId('term-kind-PROCESS').querySelector('input') as HTMLInputElement).click()
    await vi.waitFor(() => expect(allByTestId('term-row').map((r) => r.dataset.code)).toEqual(['injection']))
    expect(server.calls.at(-1)!.search.get('kind')).toBe('PROCESS')
  })
})
