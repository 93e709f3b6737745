import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { aMe, allByTestId, byTestId, fakeServer, json, mountRoute, problem } from '@/test/helpers'
import ProductsPage from './ProductsPage.vue'

const seller = aMe({
  activeOrganization: { id: 'store-1', name: '小鹿美妆工作室', type: 'CREATOR', role: 'OWNER' },
  permissions: ['catalog:product:read', 'catalog:product:write', 'catalog:product:publish'],
})

const hoodie = { id: 'prod-1', name: '联名卫衣', kind: 'PHYSICAL', status: 'DRAFT', skuCount: 4, minPrice: 149, currency: 'CNY', createdAt: '2026-11-22T02:00:00Z' }

describe('ProductsPage', { timeout: 30_000 }, () => {
  it('lists products with their lowest price in money, opens one, and publishes a draft in place', async () => {
    const server = fakeServer((call) => {
      if (call.path === '/api/catalog/products') return json(200, { items: [hoodie], page: 0, size: 20, total: 1 })
      if (call.path === '/api/catalog/products/prod-1/publish') return json(200, { ...hoodie, status: 'PUBLISHED', skus: [] })
      return undefined
    })
    document.cookie = 'XSRF-TOKEN=t'
    await mountRoute('/catalog/products', ProductsPage, seller)
    const row = byTestId('product-row')
    expect(row.textContent).toContain('¥149.00')
    expect(row.textContent).toContain('2026-11-22 10:00')
    expect(byTestId('product-open').getAttribute('href')).toBe('/catalog/products/prod-1')
    expect(byTestId('product-status').textContent?.trim()).toBe('草稿')

    byTestId('product-publish').click()
    await flushPromises()
    expect(server.calls.some((c) => c.method === 'POST' && c.path === '/api/catalog/products/prod-1/publish')).toBe(true)
    expect(byTestId('product-status').textContent?.trim()).toBe('已上架')
    expect(allByTestId('product-publish')).toHaveLength(0)
  })

  it('links the seller to their H5 store and the bulk-upload files, and shares a product with its QR code', async () => {
    fakeServer((call) => {
      if (call.path === '/api/catalog/products') return json(200, { items: [{ ...hoodie, status: 'PUBLISHED' }], page: 0, size: 20, total: 1 })
      if (call.path === '/api/catalog/products/prod-1/distribution') {
        return json(200, {
          storeUrl: 'https://shop.example.cn/s/store-1',
          h5Url: 'https://shop.example.cn/s/store-1/products/prod-1',
          miniProgramPath: 'pages/product/index?store=store-1&product=prod-1',
          qrCodePath: '/api/catalog/products/prod-1/qr-code.png',
        })
      }
      return undefined
    })
    await mountRoute('/catalog/products', ProductsPage, seller)
    expect(byTestId('my-store-link').getAttribute('href')).toBe('/s/store-1')
    expect(byTestId('export-taobao').getAttribute('href')).toBe('/api/catalog/exports/taobao')
    expect(byTestId('export-douyin').getAttribute('href')).toBe('/api/catalog/exports/douyin')

    allByTestId('product-share')[0]!.click()
    await flushPromises()
    expect(byTestId('share-h5').textContent).toBe('https://shop.example.cn/s/store-1/products/prod-1')
    expect(byTestId('share-qr').getAttribute('src')).toBe('/api/catalog/products/prod-1/qr-code.png?size=240')
  })

  it('invites the first product when there is none, and offers a retry when the list fails', async () => {
    let fail = true
    fakeServer((call) => {
      if (call.path !== '/api/catalog/products') return undefined
      return fail ? problem(500, 'shared.internal-error', '服务器出错了') : json(200, { items: [], page: 0, size: 20, total: 0 })
    })
    await mountRoute('/catalog/products', ProductsPage, seller)
    expect(document.body.textContent).toContain('服务器出错了')
    fail = false
    document.querySelector<HTMLButtonElement>('.load-error .el-button')!.click()
    await flushPromises()
    expect(byTestId('products-empty').textContent).toContain('创建第一个商品')
  })
})
