import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, harness, json, mountWith, problem } from '@/test/helpers'
import type { ImportJob } from '../../api'
import FactoryImportsPage from './FactoryImportsPage.vue'

const upload = vi.hoisted(() => vi.fn())
vi.mock('../../api', async (original) => ({ ...(await original<typeof import('../../api')>()), uploadFactoryImport: upload }))

const operator = aMe({ permissions: ['directory:import:manage'] })

function aJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1', filename: 'oar.csv', status: 'RUNNING', totalRows: 535, processedRows: 200, imported: 150, merged: 10, failed: 40, percent: 35,
    errors: [], failure: null as unknown as string, createdAt: '2026-11-22T02:00:00Z', startedAt: '2026-11-22T02:00:01Z', finishedAt: null as unknown as string,
    ...overrides,
  }
}

function chooseFile(name = 'oar.csv'): void {
  const input = byTestId('factory-import-file') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [new File(['name,address,country\n'], name, { type: 'text/csv' })], configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('FactoryImportsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=test-token'
    upload.mockReset()
  })

  it('uploads with progress, follows the job while it runs, then shows its counts and row errors with line numbers', async () => {
    let polls = 0
    const server = fakeServer((call) => {
      if (call.path === '/api/directory/imports') return json(200, [])
      if (call.path === '/api/directory/imports/job-1') {
        polls += 1
        return json(
          200,
          polls < 2
            ? aJob()
            : aJob({
                status: 'DONE', percent: 100, processedRows: 535, imported: 480, merged: 12, failed: 43,
                errors: [
                  { line: 3, code: 'directory.import-name-missing', message: '缺少工厂名称' },
                  { line: 8, code: 'directory.import-country-not-china', message: '国家不是中国（Vietnam）' },
                ],
                finishedAt: '2026-11-22T02:00:09Z',
              }),
        )
      }
      return undefined
    })
    let reportProgress: (p: number) => void = () => undefined
    let accept: (job: ImportJob) => void = () => undefined
    upload.mockImplementation((_file: File, onProgress: (p: number) => void) => {
      reportProgress = onProgress
      return new Promise<ImportJob>((resolve) => (accept = resolve))
    })
    await mountWith(FactoryImportsPage, await harness('/admin/directory/imports', operator))
    expect(byTestId('factory-import-empty').textContent).toContain('还没有导入记录')

    chooseFile()
    await click('factory-import-submit')
    expect(upload).toHaveBeenCalledWith(expect.any(File), expect.any(Function))
    expect((upload.mock.calls[0]![0] as File).name).toBe('oar.csv')
    reportProgress(60)
    await vi.waitFor(() => expect(byTestId('factory-import-upload-progress').textContent).toContain('60%'))

    accept(aJob({ status: 'QUEUED', percent: 0, processedRows: 0, imported: 0, merged: 0, failed: 0 }))
    // While it runs: the job's own progress bar and how many rows were read.
    await vi.waitFor(() => expect(byTestId('factory-import-job').dataset.status).toBe('RUNNING'))
    expect(byTestId('factory-import-progress').textContent).toContain('35%')
    expect(byTestId('factory-import-processed').textContent).toContain('已处理 200 / 535 行')

    await vi.waitFor(() => expect(byTestId('factory-import-job').dataset.status).toBe('DONE'), { timeout: 4000 })
    expect(polls).toBeGreaterThanOrEqual(2)
    expect(byTestId('factory-import-progress').textContent).not.toContain('35%')
    const counts = byTestId('factory-import-counts').textContent!
    expect(counts).toContain('共 535 行')
    expect(counts).toContain('新增 480')
    expect(counts).toContain('合并重复 12')
    expect(counts).toContain('失败 43')
    const errors = allByTestId('factory-import-row-error')
    expect(errors.map((e) => e.dataset.line)).toEqual(['3', '8'])
    expect(errors[0]!.textContent).toContain('第 3 行')
    expect(errors[0]!.textContent).toContain('缺少工厂名称')
    expect(errors[1]!.dataset.code).toBe('directory.import-country-not-china')
    // 43 failed but only 2 listed: the page says the list is cut.
    expect(document.body.textContent).toContain('只列出前 1,000 条错误')
    // The recent list carries the job too, and no polling goes on once it is done.
    expect(allByTestId('factory-import-row').map((r) => r.textContent)).toEqual(['oar.csv'])
    const pollsWhenDone = polls
    await new Promise((resolve) => setTimeout(resolve, 1200))
    expect(polls).toBe(pollsWhenDone)
    expect(server.calls.filter((c) => c.path === '/api/directory/imports/job-1').every((c) => c.method === 'GET')).toBe(true)
  })

  it('asks for a file first, and shows the problem an upload got', async () => {
    fakeServer((call) => (call.path === '/api/directory/imports' ? json(200, []) : undefined))
    await mountWith(FactoryImportsPage, await harness('/admin/directory/imports', operator))
    await click('factory-import-submit')
    expect(byTestId('factory-import-error').textContent).toContain('请先选择 CSV 文件')
    expect(upload).not.toHaveBeenCalled()

    const { ApiError } = await import('@/shared/api/problem')
    upload.mockRejectedValue(new ApiError({ status: 403, code: 'identity.forbidden', detail: '没有权限导入', errors: [] } as never))
    chooseFile()
    await click('factory-import-submit')
    await vi.waitFor(() => expect(byTestId('factory-import-error').textContent).toContain('没有权限导入'))
  })

  it('lists recent imports and opens one with its failure', async () => {
    fakeServer((call) => {
      if (call.path === '/api/directory/imports')
        return json(200, [
          { id: 'job-2', filename: 'registry.csv', status: 'FAILED', totalRows: 0, imported: 0, merged: 0, failed: 0, percent: 0, createdAt: '2026-11-22T03:00:00Z', finishedAt: '2026-11-22T03:00:01Z' },
        ])
      if (call.path === '/api/directory/imports/job-2')
        return json(200, aJob({ id: 'job-2', filename: 'registry.csv', status: 'FAILED', percent: 0, processedRows: 0, totalRows: 0, imported: 0, merged: 0, failed: 0, failure: '文件中没有 name 列' }))
      return undefined
    })
    await mountWith(FactoryImportsPage, await harness('/admin/directory/imports', operator))
    const rows = allByTestId('factory-import-row')
    expect(rows.map((r) => r.textContent)).toEqual(['registry.csv'])
    expect(document.body.textContent).toContain('失败')
    rows[0]!.click()
    await vi.waitFor(() => expect(byTestId('factory-import-job').dataset.status).toBe('FAILED'))
    expect(byTestId('factory-import-failure').textContent).toContain('文件中没有 name 列')
    expect(document.body.textContent).toContain('没有出错的行')
  })

  it('says so when the list cannot be read', async () => {
    fakeServer((call) => (call.path === '/api/directory/imports' ? problem(503, 'shared.unavailable', '服务暂时不可用') : undefined))
    await mountWith(FactoryImportsPage, await harness('/admin/directory/imports', operator))
    expect(document.body.textContent).toContain('服务暂时不可用')
  })
})
