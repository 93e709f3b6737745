import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { aMe, allByTestId, byTestId, click, fakeServer, fill, json, mountRoute, problem } from '@/test/helpers'
import { aProduct } from '../fixtures'
import ProductEditorPage from './ProductEditorPage.vue'

const seller = aMe({
  activeOrganization: { id: 'store-1', name: '小鹿美妆工作室', type: 'CREATOR', role: 'OWNER' },
  permissions: ['catalog:product:read', 'catalog:product:write', 'catalog:product:publish'],
})

/** Types a number into an el-input-number (by its test id, the nth one) the way a user does: input, then change. */
async function number(testId: string, value: string, nth = 0): Promise<void> {
  const input = allByTestId(testId)[nth]?.querySelector('input')
  if (!input) throw new Error(`no number input ${testId}[${nth}]`)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
}

const matrix = {
  combinations: [
    { 颜色: '黑', 尺码: 'M' },
    { 颜色: '黑', 尺码: 'L' },
    { 颜色: '白', 尺码: 'M' },
    { 颜色: '白', 尺码: 'L' },
  ],
}

async function twoByTwo() {
  const server = fakeServer((call) => {
    if (call.path === '/api/catalog/sku-matrix') return json(200, matrix)
    if (call.path === '/api/catalog/products' && call.method === 'POST') return json(201, aProduct())
    return undefined
  })
  document.cookie = 'XSRF-TOKEN=t'
  const h = await mountRoute('/catalog/products/new', ProductEditorPage, seller)
  await fill('product-name', '联名卫衣')
  await fill('attribute-values-0', '黑,白')
  await fill('attribute-values-1', 'M,L')
  await number('default-msrp', '199')
  await number('default-cost', '60')
  await number('default-floor', '99')
  await number('default-price', '149')
  await number('default-stock', '10')
  await click('sku-generate')
  return { server, h }
}

// A page with a 13-column grid of Element Plus inputs: mounting is slow on a busy machine.
describe('ProductEditorPage price grid', { timeout: 60_000 }, () => {
  it('shows every sales channel the server supports, with MSRP, cost, floor, member price and the margin', async () => {
    await twoByTwo()
    const header = byTestId('price-grid').querySelector('thead')!.textContent!
    for (const label of ['建议零售价', '成本价', '最低售价', '售价', '会员价', '小程序', 'H5 店铺', '淘宝', '小红书', '抖音', '拼多多', '初始库存']) {
      expect(header).toContain(label)
    }
    expect(allByTestId('grid-row')).toHaveLength(4)
    expect(allByTestId('price-PINDUODUO')).toHaveLength(4)
    expect(allByTestId('grid-margin')[0]!.textContent).toContain('¥89.00')
  })

  it('warns in the cell of a price below the floor, with the floor and the margin in money, and refuses to send it', async () => {
    const { server } = await twoByTwo()
    await number('price-XIAOHONGSHU', '89', 2)
    const warning = byTestId('floor-warning')
    expect(warning.dataset.cell).toBe('channel:XIAOHONGSHU')
    expect(warning.textContent).toContain('低于最低售价 ¥99.00')
    expect(warning.textContent).toContain('此价毛利 ¥29.00（32.6%）')

    await click('product-save')
    expect(byTestId('editor-blockers').textContent).toContain('1 个 SKU 的价格需要修改')
    expect(server.calls.some((c) => c.method === 'POST' && c.path === '/api/catalog/products')).toBe(false)
  })

  it('fills a channel for every SKU at once and sends each SKU with its channel, member and activity prices', async () => {
    const { server, h } = await twoByTwo()
    byTestId('grid-fill-column').click()
    await flushPromises()
    const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '抖音')
    option!.click()
    await flushPromises()
    await number('grid-fill-value', '135')
    await click('grid-fill')
    expect(allByTestId('price-DOUYIN').map((e) => e.querySelector('input')!.value)).toEqual(['135.00', '135.00', '135.00', '135.00'])

    await number('price-member', '109', 0)
    await click('activity-add')
    await fill('activity-name', '双11直播')
    const starts = byTestId('activity-starts-0') as HTMLInputElement
    starts.value = '2026-11-11T20:00'
    starts.dispatchEvent(new Event('input', { bubbles: true }))
    const ends = byTestId('activity-ends-0') as HTMLInputElement
    ends.value = '2026-11-11T22:00'
    ends.dispatchEvent(new Event('input', { bubbles: true }))
    await flushPromises()
    await number('price-activity', '119', 0)

    await click('product-save')
    const sent = server.calls.find((c) => c.method === 'POST' && c.path === '/api/catalog/products')!.body as {
      name: string
      salesAttributes: unknown
      skus: { attributes: unknown; initialStock: number; prices: Record<string, unknown> }[]
    }
    expect(sent.name).toBe('联名卫衣')
    expect(sent.salesAttributes).toEqual([
      { name: '颜色', values: ['黑', '白'] },
      { name: '尺码', values: ['M', 'L'] },
    ])
    expect(sent.skus).toHaveLength(4)
    expect(sent.skus[0]).toEqual({
      attributes: { 颜色: '黑', 尺码: 'M' },
      initialStock: 10,
      prices: {
        msrp: 199,
        cost: 60,
        floorPrice: 99,
        price: 149,
        memberPrice: 109,
        channelPrices: { DOUYIN: 135 },
        // Typed in the seller's zone (Asia/Shanghai), sent as instants.
        activityPrices: [{ activity: '双11直播', price: 119, startsAt: '2026-11-11T12:00:00.000Z', endsAt: '2026-11-11T14:00:00.000Z' }],
      },
    })
    expect(sent.skus[1]!.prices).not.toHaveProperty('memberPrice')
    expect(sent.skus[1]!.prices.activityPrices).toEqual([])
    await flushPromises()
    expect(h.router.currentRoute.value.name).toBe('catalog-product')
    expect(h.router.currentRoute.value.params.id).toBe('prod-1')
  })

  it('marks the cell the server refused, with the floor and margin from its problem details', async () => {
    fakeServer((call) => {
      if (call.path === '/api/catalog/sku-matrix') return json(200, matrix)
      if (call.path === '/api/catalog/products' && call.method === 'POST') {
        return problem(400, 'catalog.price-below-floor', '价格 89.00 低于最低售价 99.00', {
          floorPrice: 99,
          errors: [{ field: 'skus[3].prices.channelPrices.PINDUODUO', code: 'catalog.price-below-floor', message: '价格 89.00 低于最低售价 99.00（此价毛利 29.00，32.6%）' }],
          violations: [{ field: 'skus[3].prices.channelPrices.PINDUODUO', price: 89, floorPrice: 99, margin: 29, marginPercent: 32.6 }],
        })
      }
      return undefined
    })
    document.cookie = 'XSRF-TOKEN=t'
    await mountRoute('/catalog/products/new', ProductEditorPage, seller)
    await fill('product-name', '联名卫衣')
    await fill('attribute-values-0', '黑,白')
    await fill('attribute-values-1', 'M,L')
    for (const [id, value] of [['default-msrp', '199'], ['default-cost', '60'], ['default-floor', '99'], ['default-price', '149']] as const) await number(id, value)
    await click('sku-generate')
    await click('product-save')

    const warnings = allByTestId('floor-warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.dataset.cell).toBe('channel:PINDUODUO')
    expect(warnings[0]!.closest('[data-testid="grid-row"]')).toBe(allByTestId('grid-row')[3])
    expect(warnings[0]!.textContent).toContain('低于最低售价 ¥99.00，此价毛利 ¥29.00（32.6%）')
    expect(byTestId('editor-error').textContent).toContain('服务器拒绝了标红的价格')
  })

  it('marks empty required prices only once the seller tries to save', async () => {
    fakeServer((call) => (call.path === '/api/catalog/sku-matrix' ? json(200, { combinations: [{}] }) : undefined))
    await mountRoute('/catalog/products/new', ProductEditorPage, seller)
    await click('sku-generate')
    expect(allByTestId('grid-row')).toHaveLength(1)
    expect(allByTestId('floor-warning')).toHaveLength(0)
    await click('product-save')
    expect(allByTestId('floor-warning')).toHaveLength(4)
  })

  it('asks for what the server requires before it sends anything', async () => {
    const server = fakeServer((call) => (call.path === '/api/catalog/sku-matrix' ? json(200, { combinations: [{}] }) : undefined))
    await mountRoute('/catalog/products/new', ProductEditorPage, seller)
    await click('product-save')
    expect(byTestId('editor-blockers').textContent).toContain('请填写商品名称')
    expect(byTestId('editor-blockers').textContent).toContain('请先生成 SKU 矩阵')
    await click('sku-generate')
    expect(allByTestId('grid-row')).toHaveLength(1)
    expect(allByTestId('floor-warning').map((w) => w.textContent?.trim())).toEqual(['必填', '必填', '必填', '必填'])
    expect(byTestId('editor-blockers').textContent).toContain('1 个 SKU 的价格需要修改')
    expect(server.calls.filter((c) => c.method === 'POST' && c.path === '/api/catalog/products')).toHaveLength(0)
  })
})
