import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aSearch } from '../../fixtures'
import CurationPage from './CurationPage.vue'

function details(industry: string, source: string, plays = 356_000) {
  return {
    video: { ...aSearch().topVideos[0]!, industry, plays },
    hashtags: ['hoodies'],
    language: 'en',
    location: null,
    durationSeconds: 21,
    hsChapter: '61',
    region: 'north-america',
    qualityFlags: [],
    labels: [{ kind: 'INDUSTRY', value: industry, confidence: source === 'MANUAL' ? 1 : 0.8, source, reasons: ['文本含“hoodie”'] }],
    snapshots: [{ takenAt: '2026-11-20T00:00:00Z', plays, likes: 1, shares: 1, comments: 1, saves: 4 }],
  }
}

function anAccount(overrides: Record<string, unknown> = {}) {
  return {
    id: 'acc-1',
    platform: 'TIKTOK',
    handle: 'ningbo_knit',
    nickname: 'Ningbo Knit',
    profileUrl: 'https://www.tiktok.com/@ningbo_knit',
    bio: 'OEM sweaters',
    bioLink: null,
    followers: 1200,
    verified: false,
    seller: false,
    factoryId: null,
    b2bScore: 0.25,
    b2bSignals: ['OEM'],
    qualityFlags: ['UNVERIFIED'],
    plays: 5000,
    lastPublishedAt: '2026-11-20T00:00:00Z',
    synthetic: false,
    ...overrides,
  }
}

const page = (items: unknown[]) => ({ items, page: 0, size: 10, total: items.length })

describe('CurationPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows why each label was given and saves a correction of metrics and labels', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/intel/videos/v-1') return json(200, details('textiles-apparel', 'RULE'))
      if (call.path === '/api/intel/admin/videos/v-1') return json(200, details('home-goods', 'MANUAL', 400_000))
      return undefined
    })
    await mountWith(CurationPage, await harness('/admin/intel/curation?video=v-1', aMe({ permissions: ['intel:data:curate'] })))
    const row = byTestId('curation-labels').querySelector('tbody tr') as HTMLElement
    expect(row.dataset.source).toBe('RULE')
    expect(row.textContent).toContain('文本含“hoodie”')
    expect((byTestId('curation-saves') as HTMLInputElement).value).toBe('4')

    await fill('curation-industry', 'home-goods')
    await fill('curation-country', 'de')
    await fill('curation-plays', '400000')
    await click('curation-save')
    await vi.waitFor(() => expect((byTestId('curation-labels').querySelector('tbody tr') as HTMLElement).dataset.source).toBe('MANUAL'))
    const put = server.calls.find((c) => c.method === 'PUT')!
    expect(put.path).toBe('/api/intel/admin/videos/v-1')
    expect(put.body).toMatchObject({ industry: 'home-goods', country: 'DE', plays: 400_000, hashtags: ['hoodies'] })
    // an unchanged label is not sent, so it stays the rules' value
    expect(put.body).not.toHaveProperty('product')
  })

  it('finds an account by name, links a factory picked by name and saves the correction', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/intel/admin/accounts' && call.method === 'GET') {
        expect(call.search.get('q')).toBe('knit')
        return json(200, page([anAccount()]))
      }
      if (call.path === '/api/intel/admin/videos') return json(200, page([aSearch().topVideos[0]]))
      if (call.path === '/api/directory/factories') {
        return json(200, { items: [{ id: 'fac-9', name: '宁波针织厂', city: '宁波' }], page: 0, size: 6, total: 1, facets: {} })
      }
      if (call.path === '/api/intel/admin/accounts/acc-1' && call.method === 'PUT') {
        return json(200, anAccount({ ...(call.body as object), qualityFlags: [] }))
      }
      return undefined
    })
    await mountWith(CurationPage, await harness('/admin/intel/curation', aMe({ permissions: ['intel:data:curate'] })))

    await fill('curation-account-search', 'knit')
    await vi.waitFor(() => expect(allByTestId('curation-account-option')).toHaveLength(1))
    await click('curation-account-option')
    expect((byTestId('curation-handle') as HTMLInputElement).value).toBe('ningbo_knit')
    // the account's videos are listed to pick from
    await vi.waitFor(() => expect(allByTestId('curation-video-option')).toHaveLength(1))
    expect(server.calls.find((c) => c.path === '/api/intel/admin/videos')!.search.get('accountId')).toBe('acc-1')

    await fill('curation-followers', '5400')
    await fill('curation-factory-search', '针织')
    await vi.waitFor(() => expect(allByTestId('curation-factory-option')).toHaveLength(1))
    await click('curation-factory-option')
    expect(byTestId('curation-factory').textContent).toBe('宁波针织厂')
    await click('curation-account-save')

    const put = server.calls.find((c) => c.method === 'PUT')!
    expect(put.body).toMatchObject({ platform: 'TIKTOK', handle: 'ningbo_knit', followers: 5400, factoryId: 'fac-9', seller: false })
  })

  it('creates an account, then adds a video to it', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/intel/admin/accounts' && call.method === 'POST') return json(201, anAccount({ id: 'acc-2', handle: 'new_factory' }))
      if (call.path === '/api/intel/admin/videos' && call.method === 'GET') return json(200, page([]))
      if (call.path === '/api/intel/admin/videos' && call.method === 'POST') return json(201, details('textiles-apparel', 'RULE', 900))
      return undefined
    })
    await mountWith(CurationPage, await harness('/admin/intel/curation', aMe({ permissions: ['intel:data:curate'] })))
    expect((byTestId('curation-video-new') as HTMLButtonElement).disabled).toBe(true)

    await click('curation-account-new')
    await fill('curation-handle', 'new_factory')
    await fill('curation-bio', '工厂 OEM')
    await click('curation-account-save')
    const post = server.calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({ handle: 'new_factory', bio: '工厂 OEM', followers: 0 })

    await click('curation-video-new')
    expect((byTestId('curation-create-video') as HTMLButtonElement).disabled).toBe(true)
    await fill('curation-new-url', 'https://www.tiktok.com/@new_factory/video/7600000000000000001')
    await fill('curation-new-published', '2026-11-20T10:30')
    await fill('curation-new-hashtags', '#usa, hoodies')
    await fill('curation-new-plays', '900')
    await click('curation-create-video')

    const created = server.calls.filter((c) => c.method === 'POST')[1]!
    expect(created.body).toMatchObject({
      accountId: 'acc-2',
      url: 'https://www.tiktok.com/@new_factory/video/7600000000000000001',
      video: { hashtags: ['#usa', 'hoodies'], plays: 900 },
    })
    expect((created.body as { publishedAt: string }).publishedAt).toMatch(/^2026-11-20T\d\d:30:00\.000Z$/)
    await vi.waitFor(() => expect(byTestId('curation-video').textContent).toContain('900'))
  })
})
