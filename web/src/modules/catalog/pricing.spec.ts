import { describe, expect, it } from 'vitest'
import type { Problem } from '@/shared/api'
import type { Product } from './api'
import { checkRow, emptyChannels, fillColumn, fingerprint, margin, placeServerErrors, rowsFromProduct, toPrices, type ActivityColumn, type PriceRow } from './pricing'

function row(overrides: Partial<PriceRow> = {}): PriceRow {
  return {
    code: 'HD-BM',
    attributes: { 颜色: '黑', 尺码: 'M' },
    msrp: 199,
    cost: 60,
    floorPrice: 99,
    price: 149,
    memberPrice: null,
    channels: emptyChannels(),
    activities: {},
    initialStock: 10,
    ...overrides,
  }
}

const flash: ActivityColumn = { key: 'f', activity: '双11秒杀', startsAt: '2026-11-11T12:00:00.000Z', endsAt: '2026-11-11T14:00:00.000Z' }

describe('floor check', () => {
  it('computes the margin over cost as the server does', () => {
    expect(margin(89, 60)).toEqual({ margin: 29, marginPercent: 32.6 })
    expect(margin(0, 60)).toEqual({ margin: -60, marginPercent: 0 })
  })

  it('marks every selling price under the floor: base, member, each channel and each activity', () => {
    const r = row({ memberPrice: 95, activities: { f: 79 } })
    r.channels.TAOBAO = 89
    r.channels.PINDUODUO = 99
    r.channels.XIAOHONGSHU = 120
    const errors = checkRow(r, [flash])
    expect(Object.keys(errors).sort()).toEqual(['activity:f', 'channel:TAOBAO', 'memberPrice'])
    expect(errors['channel:TAOBAO']).toEqual({ floor: { price: 89, floorPrice: 99, margin: 29, marginPercent: 32.6 } })
  })

  it('asks for the prices the server requires and says nothing about empty channel cells', () => {
    expect(checkRow(row({ msrp: null, price: null }), [])).toEqual({ msrp: { required: true }, price: { required: true } })
    expect(checkRow(row(), [flash])).toEqual({})
  })
})

describe('request body', () => {
  it('sends only the channels and activities that have a price', () => {
    const r = row({ memberPrice: 109, activities: { f: 119 } })
    r.channels.H5 = 129
    r.channels.MINI_PROGRAM = 125
    expect(toPrices(r, [flash])).toEqual({
      msrp: 199,
      cost: 60,
      floorPrice: 99,
      price: 149,
      memberPrice: 109,
      channelPrices: { MINI_PROGRAM: 125, H5: 129 },
      activityPrices: [{ activity: '双11秒杀', price: 119, startsAt: flash.startsAt, endsAt: flash.endsAt }],
    })
    expect(toPrices(row(), [flash])).not.toHaveProperty('memberPrice')
  })

  it('fills a whole column at once', () => {
    const rows = [row(), row({ code: 'HD-BL' })]
    fillColumn(rows, 'channel:DOUYIN', 135)
    fillColumn(rows, 'initialStock', 7.6)
    expect(rows.map((r) => [r.channels.DOUYIN, r.initialStock])).toEqual([
      [135, 8],
      [135, 8],
    ])
  })
})

describe('an existing product', () => {
  const product = {
    salesAttributes: [{ name: '颜色', values: ['黑', '白'] }, { name: '尺码', values: ['M'] }],
    skus: [
      {
        id: 's1',
        code: 'HD-BM',
        attributes: { 尺码: 'M', 颜色: '黑' },
        prices: {
          msrp: 199,
          cost: 60,
          floorPrice: 99,
          price: 149,
          memberPrice: null,
          channelPrices: { TAOBAO: 139 },
          activityPrices: [{ activity: '直播', price: 119, startsAt: '2026-11-11T12:00:00Z', endsAt: '2026-11-11T14:00:00Z' }],
        },
      },
      {
        id: 's2',
        code: 'HD-WM',
        attributes: { 颜色: '白' },
        prices: {
          msrp: 199,
          cost: 60,
          floorPrice: 99,
          price: 149,
          memberPrice: 109,
          channelPrices: {},
          activityPrices: [{ activity: '直播', price: 115, startsAt: '2026-11-11T12:00:00.000Z', endsAt: '2026-11-11T14:00:00Z' }],
        },
      },
    ],
  } as unknown as Product

  it('turns the same activity on several SKUs into one column', () => {
    const { rows, activities } = rowsFromProduct(product)
    expect(activities).toHaveLength(1)
    expect(rows.map((r) => r.activities[activities[0]!.key])).toEqual([119, 115])
    expect(rows[0]!.channels.TAOBAO).toBe(139)
    expect(rows[0]!.channels.H5).toBeNull()
    expect(rows[0]!.memberPrice).toBeNull()
    expect(Object.keys(rows[0]!.attributes)).toEqual(['颜色', '尺码'])
  })

  it('knows which rows were edited', () => {
    const { rows, activities } = rowsFromProduct(product)
    const before = rows.map((r) => fingerprint(r, activities))
    rows[1]!.channels.DOUYIN = 129
    expect(rows.map((r, i) => fingerprint(r, activities) !== before[i])).toEqual([false, true])
  })
})

describe('server refusals on the grid', () => {
  function refusal(errors: Problem['errors'], violations: unknown[] = []): Problem {
    return { status: 400, code: 'catalog.price-below-floor', errors, extras: { floorPrice: 99, violations } }
  }

  it('places a floor violation on its SKU and channel with the server figures', () => {
    const rows = [row(), row({ code: 'HD-BL' })]
    const problem = refusal(
      [{ field: 'skus[1].prices.channelPrices.TAOBAO', code: 'catalog.price-below-floor', message: 'Price 89.00 is below the floor price 99.00' }],
      [{ field: 'skus[1].prices.channelPrices.TAOBAO', price: 89, floorPrice: 99, margin: 29, marginPercent: 32.6 }],
    )
    const { byRow, unplaced } = placeServerErrors(problem, rows, [])
    expect(unplaced).toEqual([])
    expect(byRow.get(1)).toEqual({ 'channel:TAOBAO': { floor: { price: 89, floorPrice: 99, margin: 29, marginPercent: 32.6 } } })
  })

  it('maps an activity price by its position among the prices the row sent', () => {
    const other: ActivityColumn = { ...flash, key: 'g', activity: '直播' }
    const rows = [row({ activities: { f: null, g: 79 } })]
    const problem = refusal([{ field: 'activityPrices[0].price', code: 'catalog.price-below-floor', message: '低于最低售价' }])
    const { byRow } = placeServerErrors(problem, rows, [flash, other], 0)
    expect(byRow.get(0)).toEqual({ 'activity:g': { message: '低于最低售价' } })
  })

  it('keeps what names no cell for an alert', () => {
    const problem = refusal([{ field: 'name', message: '请填写商品名称' }])
    expect(placeServerErrors(problem, [row()], []).unplaced).toEqual(['请填写商品名称'])
  })
})
