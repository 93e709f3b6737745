import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, byTestId, click, fakeServer, fill, harness, json, mountWith } from '@/test/helpers'
import { aSearch } from '../../fixtures'
import CurationPage from './CurationPage.vue'

function details(industry: string, source: string) {
  return {
    video: { ...aSearch().topVideos[0]!, industry },
    hashtags: ['hoodies'],
    language: 'en',
    location: null,
    durationSeconds: 21,
    hsChapter: '61',
    region: 'north-america',
    qualityFlags: [],
    labels: [{ kind: 'INDUSTRY', value: industry, confidence: source === 'MANUAL' ? 1 : 0.8, source, reasons: ['文本含“hoodie”'] }],
    snapshots: [{ takenAt: '2026-11-20T00:00:00Z', plays: 356_000, likes: 1, shares: 1, comments: 1, saves: 1 }],
  }
}

describe('CurationPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('shows why each label was given and saves a manual correction', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/intel/videos/v-1') return json(200, details('textiles-apparel', 'RULE'))
      if (call.path === '/api/intel/admin/videos/v-1/labels') return json(200, details('home-goods', 'MANUAL'))
      return undefined
    })
    await mountWith(CurationPage, await harness('/admin/intel/curation?video=v-1', aMe({ permissions: ['intel:data:curate'] })))
    const row = byTestId('curation-labels').querySelector('tbody tr') as HTMLElement
    expect(row.dataset.source).toBe('RULE')
    expect(row.textContent).toContain('文本含“hoodie”')

    await fill('curation-industry', 'home-goods')
    await fill('curation-country', 'de')
    await click('curation-save')
    await vi.waitFor(() => expect((byTestId('curation-labels').querySelector('tbody tr') as HTMLElement).dataset.source).toBe('MANUAL'))
    const put = server.calls.find((c) => c.method === 'PUT')!
    expect(put.body).toMatchObject({ industry: 'home-goods', country: 'DE', product: 'hoodies' })
  })
})
