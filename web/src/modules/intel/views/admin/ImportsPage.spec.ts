import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, harness, json, mountWith } from '@/test/helpers'
import type { ImportJob } from '../../api'
import ImportsPage from './ImportsPage.vue'

const upload = vi.hoisted(() => vi.fn())
vi.mock('../../api', async (original) => ({ ...(await original<typeof import('../../api')>()), uploadImport: upload }))

function aJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1', format: 'apify-json', filename: 'items.json', status: 'RUNNING', progress: 40, totalRows: 3, processed: 1, inserted: 1, updated: 0, duplicates: 0, failed: 0,
    errors: [], message: null as unknown as string, createdAt: '2026-11-22T02:00:00Z', finishedAt: null as unknown as string, ...overrides,
  }
}

describe('ImportsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
  })

  it('uploads with progress, then follows the job to its counts and the rows it rejected', async () => {
    let polls = 0
    fakeServer((call) => {
      if (call.path === '/api/intel/imports') return json(200, [])
      if (call.path === '/api/intel/imports/job-1') {
        polls += 1
        return json(200, polls < 2 ? aJob() : aJob({ status: 'DONE', progress: 100, processed: 3, inserted: 2, failed: 1, errors: [{ line: 7, code: 'intel.row.json-invalid', reason: '不是合法的 JSON' }] }))
      }
      return undefined
    })
    let reportProgress: (p: number) => void = () => undefined
    let accept: (job: ImportJob) => void = () => undefined
    upload.mockImplementation((_file: File, _format: string, onProgress: (p: number) => void) => {
      reportProgress = onProgress
      return new Promise<ImportJob>((resolve) => (accept = resolve))
    })
    await mountWith(ImportsPage, await harness('/admin/intel/imports', aMe({ permissions: ['intel:data:curate'] })))
    expect(document.body.textContent).toContain('还没有导入记录')

    const input = byTestId('import-file') as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['[]'], 'items.json', { type: 'application/json' })] })
    input.dispatchEvent(new Event('change'))
    await click('import-submit')
    expect(upload).toHaveBeenCalledWith(expect.any(File), 'apify-json', expect.any(Function))
    reportProgress(60)
    await vi.waitFor(() => expect(byTestId('import-upload-progress').textContent).toContain('60%'))

    accept(aJob({ status: 'QUEUED', progress: 0 }))
    await vi.waitFor(() => expect(byTestId('import-job').dataset.status).toBe('RUNNING'), { timeout: 4000 })
    expect(document.querySelector('[data-testid="import-source"]'), 'no source link while the job runs').toBeNull()
    await vi.waitFor(() => expect(byTestId('import-job').dataset.status).toBe('DONE'), { timeout: 4000 })
    const source = byTestId('import-source') as HTMLAnchorElement
    expect(source.getAttribute('href')).toBe('/api/intel/imports/job-1/source')
    expect(source.hasAttribute('download')).toBe(true)
    expect(source.textContent).toContain('下载原始文件')
    expect(byTestId('import-counts').textContent).toContain('新增 2')
    expect(byTestId('import-counts').textContent).toContain('失败 1')
    const [error] = allByTestId('import-row-error')
    expect(error!.dataset.line).toBe('7')
    expect(error!.textContent).toContain('第 7 行')
    expect(error!.textContent).toContain('不是合法的 JSON')
  })

  it('asks for a file before uploading', async () => {
    fakeServer((call) => (call.path === '/api/intel/imports' ? json(200, []) : undefined))
    upload.mockReset()
    await mountWith(ImportsPage, await harness('/admin/intel/imports', aMe({ permissions: ['intel:data:curate'] })))
    await click('import-submit')
    expect(byTestId('import-error').textContent).toContain('请先选择文件')
    expect(upload).not.toHaveBeenCalled()
  })
})
