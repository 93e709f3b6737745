import { flushPromises } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, harness, json, mountWith, problem } from '@/test/helpers'
import { aWord } from '../fixtures'
import ModerationWordsPage from './ModerationWordsPage.vue'

const operator = aMe({ permissions: ['board:moderation:manage'] })

describe('ModerationWordsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('adds a word, changes a level and removes one', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/moderation-words' && call.method === 'GET') return json(200, [aWord(), aWord({ id: 'w-2', word: '代开发票', normalized: '代开发票', level: 'BLOCK' })])
      if (call.path === '/api/board/admin/moderation-words' && call.method === 'POST') {
        const body = call.body as { word: string; level: string }
        if (body.word === '微信') return problem(409, 'board.word-taken', '词库中已有“微信”（REVIEW）。')
        return json(201, aWord({ id: 'w-3', word: body.word, normalized: body.word, level: body.level as 'BLOCK' }))
      }
      if (call.path === '/api/board/admin/moderation-words/w-1' && call.method === 'PUT') return json(200, aWord({ level: 'BLOCK' }))
      if (call.path === '/api/board/admin/moderation-words/w-2' && call.method === 'DELETE') return { status: 204 }
      return undefined
    })
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    await mountWith(ModerationWordsPage, await harness('/admin/board/words', operator))
    expect(allByTestId('word-row').map((r) => r.dataset.word)).toEqual(['微信', '代开发票'])

    await click('word-submit')
    expect(byTestId('word-error').textContent).toContain('请填写词语')
    await fill('word-input', '微信')
    await click('word-submit')
    await vi.waitFor(() => expect(byTestId('word-error').textContent).toContain('词库中已有'))
    await fill('word-input', '刷单')
    const level = byTestId('word-level') as HTMLSelectElement
    level.value = 'BLOCK'
    level.dispatchEvent(new Event('change'))
    await click('word-submit')
    await vi.waitFor(() => expect(allByTestId('word-row').map((r) => r.dataset.word)).toEqual(['刷单', '微信', '代开发票']))
    expect(server.calls.filter((c) => c.method === 'POST').at(-1)!.body).toEqual({ word: '刷单', level: 'BLOCK' })

    const rowLevel = allByTestId('word-row-level')[1] as HTMLSelectElement
    rowLevel.value = 'BLOCK'
    rowLevel.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(server.calls.some((c) => c.method === 'PUT')).toBe(true))
    expect(server.calls.find((c) => c.method === 'PUT')!.body).toEqual({ level: 'BLOCK', note: '站外联系' })

    ;(allByTestId('word-remove')[2] as HTMLButtonElement).click()
    await flushPromises()
    await vi.waitFor(() => expect(allByTestId('word-row').map((r) => r.dataset.word)).toEqual(['刷单', '微信']))
  })

  it('tries a text and marks the hits in it', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/board/admin/moderation-words' && call.method === 'GET') return json(200, [aWord()])
      if (call.path === '/api/board/admin/moderation-words/check') {
        return json(200, { blocked: false, flagged: true, hits: [{ text: '微 信', word: '微信', level: 'REVIEW', field: 'text' }] })
      }
      return undefined
    })
    await mountWith(ModerationWordsPage, await harness('/admin/board/words', operator))
    await fill('word-try-text', '有意请加微 信详谈')
    await click('word-try')
    await vi.waitFor(() => expect(byTestId('word-try-result').dataset.flagged).toBe('true'))
    expect(server.calls.find((c) => c.path.endsWith('/check'))!.body).toEqual({ text: '有意请加微 信详谈' })
    expect(byTestId('word-try-result').textContent).toContain('会进入人工审核')
    expect(byTestId('word-try-hit').textContent).toContain('微 信')
    expect(byTestId('word-try-result').querySelector('[data-testid="hit-mark"]')!.textContent).toBe('微 信')
  })
})
