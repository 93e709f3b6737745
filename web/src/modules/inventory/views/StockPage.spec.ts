import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, json, mountRoute, problem, type Handler, type RecordedCall } from '@/test/helpers'
import StockPage from './StockPage.vue'

const seller = aMe({
  activeOrganization: { id: 'store-1', name: '小鹿美妆工作室', type: 'CREATOR', role: 'OWNER' },
  permissions: ['catalog:product:read', 'catalog:product:write', 'inventory:stock:read', 'inventory:stock:adjust', 'inventory:allocation:manage'],
})

const stock = (skuId: string, physical: number, reserved: number, threshold: number | null = null) => ({
  skuId,
  physical,
  reserved,
  available: physical - reserved,
  lowStockThreshold: threshold,
  lowStock: threshold !== null && physical - reserved <= threshold,
})

const label = (skuId: string, colour: string) => ({
  skuId,
  productId: 'prod-1',
  productName: '联名卫衣',
  code: `HD-${colour}M`,
  attributes: { 颜色: colour, 尺码: 'M' },
  productStatus: 'PUBLISHED',
})

const page = <T>(items: T[]) => ({ items, page: 0, size: 20, total: items.length })

/** The stock of two SKUs, their names, a ledger and allocations; `extra` answers first. */
function server(extra: Handler = () => undefined) {
  document.cookie = 'XSRF-TOKEN=t'
  return fakeServer((call) => {
    const answer = extra(call)
    if (answer) return answer
    if (call.path === '/api/inventory/skus') return json(200, page([stock('sku-bm', 10, 1), stock('sku-wm', 3, 0, 5)]))
    if (call.path === '/api/catalog/skus') return json(200, [label('sku-bm', '黑'), label('sku-wm', '白')].filter((l) => call.search.getAll('ids').includes(l.skuId)))
    if (call.path === '/api/inventory/skus/sku-bm') return json(200, stock('sku-bm', 10, 1))
    if (call.path === '/api/inventory/skus/sku-bm/movements') {
      return json(
        200,
        page([
          { id: 'm2', kind: 'SALE', delta: -1, reason: null, reference: 'order-1', actorId: null, createdAt: '2026-11-02T03:00:00Z' },
          { id: 'm1', kind: 'INITIAL', delta: 11, reason: null, reference: null, actorId: 'user-1', createdAt: '2026-11-01T02:00:00Z' },
        ]),
      )
    }
    if (call.path === '/api/inventory/allocations') return json(200, page([]))
    return undefined
  })
}

async function number(testId: string, value: string): Promise<void> {
  const input = byTestId(testId).querySelector('input')!
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
}

async function confirmBox(): Promise<void> {
  const button = await vi.waitFor(() => {
    const found = document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')
    if (!found) throw new Error('no confirmation yet')
    return found
  })
  button.click()
  await flushPromises()
}

function row(skuId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="stock-row"][data-sku-id="${skuId}"]`)
  if (!found) throw new Error(`no stock row for ${skuId}`)
  return found
}

function cell(skuId: string, testId: string): string {
  return row(skuId).querySelector(`[data-testid="${testId}"]`)!.textContent!.trim()
}

describe('StockPage', { timeout: 30_000 }, () => {
  it('names each SKU by product and attributes, with its three figures and alert', async () => {
    const calls = server().calls
    await mountRoute('/inventory/skus', StockPage, seller)
    expect(row('sku-bm').textContent).toContain('联名卫衣')
    expect(row('sku-bm').textContent).toContain('黑 / M · HD-黑M')
    expect([cell('sku-bm', 'stock-physical'), cell('sku-bm', 'stock-reserved'), cell('sku-bm', 'stock-available')]).toEqual(['10', '1', '9'])
    expect(row('sku-wm').querySelector('[data-testid="stock-low"]')!.textContent).toBe('库存不足')
    expect(row('sku-bm').textContent).not.toContain('库存不足')
    const lookup = calls.find((c) => c.path === '/api/catalog/skus')!
    expect(lookup.search.getAll('ids').sort()).toEqual(['sku-bm', 'sku-wm'])
  })

  it('shows the id when catalog cannot name a SKU, an empty state, and an error with a retry', async () => {
    let fail = true
    fakeServer((call) => {
      if (call.path === '/api/inventory/skus') {
        return fail ? problem(503, 'shared.unavailable', '服务暂时不可用') : json(200, page([]))
      }
      return undefined
    })
    await mountRoute('/inventory/skus', StockPage, seller)
    expect(document.body.textContent).toContain('服务暂时不可用')
    fail = false
    document.querySelector<HTMLButtonElement>('.load-error .el-button')!.click()
    await flushPromises()
    expect(byTestId('stock-empty').textContent).toContain('还没有库存')

    server((call) => (call.path === '/api/catalog/skus' ? problem(403, 'shared.forbidden', '无权访问') : undefined))
    await mountRoute('/inventory/skus', StockPage, seller)
    expect(row('sku-bm').querySelector('code')!.textContent).toBe('sku-bm')
  })

  it('opens a SKU at its own address with the ledger, and adjusts it with a reason', async () => {
    let adjusted = false
    const { calls } = server((call) => {
      if (call.method === 'POST' && call.path === '/api/inventory/skus/sku-bm/adjustments') {
        adjusted = true
        return json(200, stock('sku-bm', 13, 1))
      }
      if (adjusted && call.path === '/api/inventory/skus/sku-bm/movements') {
        return json(200, page([{ id: 'm3', kind: 'RECEIPT', delta: 3, reason: '采购到货', reference: null, actorId: 'user-1', createdAt: '2026-11-03T02:00:00Z' }]))
      }
      return undefined
    })
    const { router } = await mountRoute('/inventory/skus', StockPage, seller)
    row('sku-bm').click()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/inventory/skus/sku-bm')
    expect(byTestId('drawer-available').textContent).toBe('9')
    expect(allByTestId('ledger-row').map((r) => r.dataset.kind)).toEqual(['SALE', 'INITIAL'])
    expect(allByTestId('ledger-delta').map((d) => d.textContent)).toEqual(['-1', '+11'])
    expect(byTestId('stock-ledger').textContent).toContain('2026-11-02 11:00')

    await number('adjust-quantity', '3')
    expect(byTestId('adjust-preview').textContent).toContain('实物 10 → 13，可售 12')
    expect((byTestId('stock-adjust') as HTMLButtonElement).disabled).toBe(true)
    document.querySelector<HTMLButtonElement>('.drawer__chip')!.click()
    await flushPromises()
    await click('stock-adjust')
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ kind: 'RECEIPT', quantity: 3, reason: '采购到货' })
    expect(byTestId('drawer-physical').textContent).toBe('13')
    expect(cell('sku-bm', 'stock-physical')).toBe('13')
    expect(allByTestId('ledger-row').map((r) => r.dataset.kind)).toEqual(['RECEIPT'])
  })

  it('says why a count below the reserved units is refused', async () => {
    server((call) =>
      call.method === 'POST' ? problem(409, 'inventory.below-reserved', '实物库存不能低于已预占的 1 件。', { reserved: 1 }) : undefined,
    )
    await mountRoute('/inventory/skus/sku-bm', StockPage, seller)
    byTestId('adjust-kind-COUNT').click()
    await flushPromises()
    await number('adjust-quantity', '0')
    expect(document.body.textContent).toContain('实物库存不能低于已预占的 1 件。')
    await fill('adjust-reason', '月度盘点')
    await click('stock-adjust')
    expect(byTestId('adjust-error').textContent).toContain('实物库存不能低于已预占的 1 件。')
  })

  it('sets and clears the low-stock threshold', async () => {
    const { calls } = server((call) => (call.method === 'PUT' ? json(200, stock('sku-bm', 10, 1, call.body && (call.body as { threshold?: number }).threshold !== undefined ? 12 : null)) : undefined))
    await mountRoute('/inventory/skus/sku-bm', StockPage, seller)
    await number('alert-threshold', '12')
    await click('alert-save')
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ threshold: 12 }])
    expect(byTestId('drawer-available').closest('.figure')!.classList.contains('figure--low')).toBe(true)
    expect(cell('sku-bm', 'stock-available')).toBe('9')
    await click('alert-clear')
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ threshold: 12 }, {}])
  })
})

describe('StockPage activity allocations', { timeout: 30_000 }, () => {
  const allocation = (status: string, quantity: number, pending: number, sold: number) => ({
    id: 'alloc-1',
    skuId: 'sku-bm',
    activity: '周五直播间',
    quantity,
    pending,
    sold,
    status,
    startsAt: '2026-11-06T12:00:00Z',
    endsAt: '2099-11-06T14:00:00Z',
    createdAt: '2026-11-06T11:00:00Z',
  })

  it('sets units of a SKU aside for a live room, ending at a time typed in the user zone', async () => {
    const { calls } = server((call) => {
      if (call.method === 'POST' && call.path === '/api/inventory/allocations') return json(201, allocation('ACTIVE', 5, 0, 0))
      return undefined
    })
    const { router } = await mountRoute('/inventory/skus/sku-bm', StockPage, seller)
    await click('drawer-allocate')
    expect(byTestId('allocation-form').textContent).toContain('联名卫衣 · 黑 / M')
    await fill('allocation-activity', '周五直播间')
    await number('allocation-quantity', '5')
    const ends = byTestId('allocation-ends') as HTMLInputElement
    ends.value = '2099-11-06T22:00'
    ends.dispatchEvent(new Event('input', { bubbles: true }))
    await flushPromises()
    await click('allocation-submit')
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/inventory/allocations')!.body).toEqual({
      skuId: 'sku-bm',
      activity: '周五直播间',
      quantity: 5,
      endsAt: '2099-11-06T14:00:00.000Z',
    })
    expect(router.currentRoute.value.query.tab).toBe('allocations')
  })

  it('shows what an activity sold and can still sell, and returns the rest to stock when it ends', async () => {
    let ended = false
    const { calls } = server((call: RecordedCall) => {
      if (call.path === '/api/inventory/allocations') return json(200, page([ended ? allocation('ENDED', 1, 1, 3) : allocation('ACTIVE', 7, 1, 3)]))
      if (call.method === 'POST' && call.path === '/api/inventory/allocations/alloc-1/end') {
        ended = true
        return json(200, allocation('ENDED', 1, 1, 3))
      }
      if (call.path === '/api/inventory/skus/sku-bm') return json(200, ended ? stock('sku-bm', 10, 1) : stock('sku-bm', 10, 7))
      return undefined
    })
    await mountRoute('/inventory/skus?tab=allocations', StockPage, seller)
    const active = byTestId('allocation-row')
    expect(active.textContent).toContain('周五直播间')
    expect(active.textContent).toContain('联名卫衣')
    expect(byTestId('allocation-sold').textContent).toBe('3')
    expect(byTestId('allocation-remaining').textContent).toBe('6')
    expect(byTestId('allocation-phase').textContent).toBe('进行中')

    await click('allocation-end')
    expect(document.querySelector('.el-message-box')!.textContent).toContain('未售出的 6 件立即退回可售库存')
    await confirmBox()
    await vi.waitFor(() => expect(byTestId('allocation-returned').textContent).toContain('6 件退回可售库存（可售 3 → 9）'))
    expect(byTestId('allocation-returned').textContent).toContain('待付款订单中的 1 件仍为这些订单保留')
    expect(byTestId('allocation-row').dataset.status).toBe('ENDED')
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/inventory/allocations/alloc-1/end'])
  })
})

describe('StockPage count import', { timeout: 30_000 }, () => {
  function choose(name: string, text: string): Promise<void> {
    const input = byTestId('import-file') as HTMLInputElement
    const file = new File([text], name, { type: 'text/csv' })
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    input.dispatchEvent(new Event('change', { bubbles: true }))
    return vi.waitFor(() => {
      if (!document.querySelector('[data-testid="import-ready"], [data-testid="import-file-error"]')) throw new Error('file not read yet')
    })
  }

  it('imports good rows in chunks, with progress, and lists each refused row by its line in the file', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `sku-${i},${i % 7},`)
    rows[3] = 'not-a-uuid,4,复盘'
    const { calls } = server((call) => {
      if (call.path !== '/api/inventory/count-imports') return undefined
      const lines = (call.body as { csv: string }).csv.split('\n').slice(1)
      const errors = lines.flatMap((line, i) => (line.startsWith('not-a-uuid') ? [{ row: i + 2, skuId: 'not-a-uuid', code: 'inventory.import-sku-invalid', message: 'SKU 编号「not-a-uuid」不是有效的 ID。' }] : []))
      return json(200, { applied: lines.length - errors.length, errors })
    })
    await mountRoute('/inventory/skus', StockPage, seller)
    await click('import-open')
    await choose('盘点.csv', `\uFEFFsku_id,counted,reason\r\n${rows.join('\r\n')}\r\n`)
    expect(byTestId('import-ready').textContent).toContain('250 行')
    await click('import-start')
    await vi.waitFor(() => expect(byTestId('import-result').textContent).toContain('249 行已导入，1 行被拒绝'))

    const imports = calls.filter((c) => c.path === '/api/inventory/count-imports')
    expect(imports).toHaveLength(2)
    expect((imports[0]!.body as { csv: string }).csv.split('\n')[2]).toBe('sku-1,1,CSV 盘点导入（盘点.csv）')
    expect(byTestId('import-status').textContent).toContain('已处理 250 / 250 行')
    const refused = byTestId('import-error-row')
    expect(refused.dataset.line).toBe('5')
    expect(refused.textContent).toContain('SKU 编号「not-a-uuid」不是有效的 ID。')
    expect(byTestId('import-progress').getAttribute('aria-valuenow')).toBe('100')
  })

  it('refuses a file without the header before sending anything', async () => {
    const { calls } = server()
    await mountRoute('/inventory/skus', StockPage, seller)
    await click('import-open')
    await choose('wrong.csv', 'sku,qty\na,1\n')
    expect(byTestId('import-file-error').textContent).toContain('第一行必须是表头 sku_id,counted')
    expect((byTestId('import-start') as HTMLButtonElement).disabled).toBe(true)
    expect(calls.some((c) => c.path === '/api/inventory/count-imports')).toBe(false)
  })
})
