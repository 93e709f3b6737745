import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { taxonomy } from '../../fixtures'
import TaxonomyAdminPage from './TaxonomyAdminPage.vue'

const operator = aMe({ permissions: ['directory:taxonomy:manage'] })

describe('TaxonomyAdminPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows the tree with retired tags, and moves, retires, renames and adds tags', async () => {
    const tree = structuredClone(taxonomy)
    tree.industries[0]!.categories[1]!.retired = true
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/taxonomy') return json(200, tree)
      if (call.path.startsWith('/api/directory/admin/tags')) return json(200, { id: 'x' })
      return undefined
    })
    await mountWith(TaxonomyAdminPage, await harness('/admin/directory/tags', operator))
    expect(server.calls.find((c) => c.path === '/api/directory/taxonomy')!.search.get('includeRetired')).toBe('true')
    const rows = allByTestId('tag-row')
    expect(rows.map((r) => r.dataset.tagId)).toEqual(['ind-1', 'cat-1', 'cat-2', 'ind-2', 'cat-3', 'attr-1'])
    expect(rows[2]!.dataset.retired).toBe('true')
    expect(rows[2]!.querySelector('[data-testid="tag-restore"]')).not.toBeNull()

    ;(rows[1]!.querySelector('[data-testid="tag-down"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/directory/admin/tags/cat-1/position')).toBe(true))
    expect(server.calls.find((c) => c.path === '/api/directory/admin/tags/cat-1/position')!.body).toEqual({ position: 1 })

    ;(allByTestId('tag-row')[1]!.querySelector('[data-testid="tag-retire"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/directory/admin/tags/cat-1/retire' && c.method === 'POST')).toBe(true))

    ;(allByTestId('tag-row')[1]!.querySelector('[data-testid="tag-rename"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect((byTestId('tag-name-zh') as HTMLInputElement).value).toBe('保温杯'))
    await fill('tag-name-en', 'Insulated cups')
    await click('tag-save')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/directory/admin/tags/cat-1' && c.method === 'PATCH')).toBe(true))
    expect(server.calls.find((c) => c.method === 'PATCH')!.body).toEqual({ nameZh: '保温杯', nameEn: 'Insulated cups' })

    ;(allByTestId('tag-row')[0]!.querySelector('[data-testid="tag-add-child"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect((byTestId('tag-name-zh') as HTMLInputElement).value).toBe(''))
    await fill('tag-name-zh', '水杯')
    await fill('tag-name-en', 'Water bottles')
    await click('tag-save')
    await vi.waitFor(() => expect(server.calls.some((c) => c.path === '/api/directory/admin/tags' && c.method === 'POST')).toBe(true))
    expect(server.calls.find((c) => c.path === '/api/directory/admin/tags' && c.method === 'POST')!.body).toEqual({ kind: 'CATEGORY', parentId: 'ind-1', nameZh: '水杯', nameEn: 'Water bottles' })
  })
})
