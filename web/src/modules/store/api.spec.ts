import { describe, expect, it } from 'vitest'
import { canChoose, checkoutKey, forgetCheckoutKey, skuFor } from './api'
import { aStoreProduct } from './fixtures'

describe('store SKU choice', () => {
  it('finds the SKU only once every sales attribute has a value', () => {
    const product = aStoreProduct()
    expect(skuFor(product, { 颜色: '黑' })).toBeUndefined()
    expect(skuFor(product, { 颜色: '白', 尺码: 'M' })?.id).toBe('sku-wm')
  })

  it('greys out values that lead only to sold-out SKUs', () => {
    const product = aStoreProduct()
    expect(canChoose(product, { 颜色: '白' }, '尺码', 'L')).toBe(false)
    expect(canChoose(product, { 颜色: '白' }, '尺码', 'M')).toBe(true)
    expect(canChoose(product, {}, '尺码', 'L')).toBe(true) // black L is in stock
  })
})

describe('checkoutKey', () => {
  it('is stable for retries of one cart and new once forgotten', () => {
    const first = checkoutKey('sku-1x2')
    expect(checkoutKey('sku-1x2')).toBe(first)
    expect(checkoutKey('sku-1x3')).not.toBe(first)
    forgetCheckoutKey('sku-1x2')
    expect(checkoutKey('sku-1x2')).not.toBe(first)
  })
})
