import { describe, expect, it } from 'vitest'
import { aMe, allByTestId, byTestId, fakeServer, harness, json, mountWith } from '@/test/helpers'
import ProductsPage from './ProductsPage.vue'

const seller = aMe({
  activeOrganization: { id: 'store-1', name: '小鹿美妆工作室', type: 'CREATOR', role: 'OWNER' },
  permissions: ['catalog:product:read', 'catalog:product:write', 'catalog:product:publish'],
})

describe('ProductsPage distribution', () => {
  it('links the seller to their H5 store and the bulk-upload files, and shares a product with its QR code', async () => {
    fakeServer((call) => {
      if (call.path === '/api/catalog/products') {
        return json(200, {
          items: [{ id: 'prod-1', name: '联名卫衣', kind: 'PHYSICAL', status: 'PUBLISHED', skuCount: 4, minPrice: 149, currency: 'CNY', createdAt: '2026-11-22T02:00:00Z' }],
          page: 0,
          size: 20,
          total: 1,
        })
      }
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
    await mountWith(ProductsPage, await harness('/catalog/products', seller))
    expect(byTestId('my-store-link').getAttribute('href')).toBe('/s/store-1')
    expect(byTestId('export-taobao').getAttribute('href')).toBe('/api/catalog/exports/taobao')
    expect(byTestId('export-douyin').getAttribute('href')).toBe('/api/catalog/exports/douyin')

    allByTestId('product-share')[0]!.click()
    await new Promise((resolve) => setTimeout(resolve, 0))
    await import('@vue/test-utils').then((m) => m.flushPromises())
    expect(byTestId('share-h5').textContent).toBe('https://shop.example.cn/s/store-1/products/prod-1')
    expect(byTestId('share-qr').getAttribute('src')).toBe('/api/catalog/products/prod-1/qr-code.png?size=240')
  })
})
