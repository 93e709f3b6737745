import { describe, expect, it } from 'vitest'
import { priceCheck } from './api'

describe('priceCheck', () => {
  it('warns below the floor and shows the margin over cost', () => {
    expect(priceCheck(89, 99, 60)).toEqual({ belowFloor: true, margin: 29 })
    expect(priceCheck(99, 99, 60)).toEqual({ belowFloor: false, margin: 39 })
  })

  it('says nothing about an empty cell', () => {
    expect(priceCheck(undefined, 99, 60)).toEqual({ belowFloor: false, margin: undefined })
  })
})
