import type { Problem } from '@/shared/api'
import { inAttributeOrder, SALES_CHANNELS, type PricesRequest, type Product, type SalesChannel } from './api'

/**
 * The price grid's model: one row per SKU with MSRP, cost, floor, base and member price, a price per sales channel
 * and per time-limited activity, checked against the floor the way the server checks it (FloorPriceRule), so the
 * seller sees every offending cell before saving; what the server still refuses is mapped back onto the same cells.
 */

export type Amount = number | null

/** A time-limited activity is a column of the grid: its window applies to every SKU that has a price in it. */
export interface ActivityColumn {
  key: string
  activity: string
  /** ISO instants. */
  startsAt: string
  endsAt: string
}

export interface PriceRow {
  skuId?: string
  code: string
  attributes: Record<string, string>
  msrp: Amount
  cost: Amount
  floorPrice: Amount
  price: Amount
  memberPrice: Amount
  channels: Record<SalesChannel, Amount>
  /** Prices by activity column key. */
  activities: Record<string, Amount>
  initialStock: number
}

/** A cell of a row: the fixed prices, `channel:H5`, `activity:<key>`, and the create-only ones. */
export type CellKey = 'msrp' | 'cost' | 'floorPrice' | 'price' | 'memberPrice' | `channel:${SalesChannel}` | `activity:${string}` | 'initialStock' | 'code' | 'attributes'

export const FIXED_PRICES = ['msrp', 'cost', 'floorPrice', 'price', 'memberPrice'] as const
export type FixedPrice = (typeof FIXED_PRICES)[number]
export const REQUIRED_PRICES: readonly FixedPrice[] = ['msrp', 'cost', 'floorPrice', 'price']

/** A price under the floor: the figures a warning shows (margin = price − cost, percent of the price). */
export interface FloorIssue {
  price: number
  floorPrice: number
  margin: number
  marginPercent: number
}

export interface CellError {
  /** The server's sentence (already in the user's language), when it is not a floor violation. */
  message?: string
  floor?: FloorIssue
  required?: boolean
}

export type RowErrors = Partial<Record<CellKey, CellError>>

let activitySequence = 0
export function newActivityKey(): string {
  activitySequence += 1
  return `a${Date.now().toString(36)}${activitySequence}`
}

export function emptyChannels(): Record<SalesChannel, Amount> {
  return Object.fromEntries(SALES_CHANNELS.map((c) => [c, null])) as Record<SalesChannel, Amount>
}

function amount(value: unknown): Amount {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : null
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** Margin over cost in money and as a percentage of the price (one decimal; 0 for a free item), as the server has it. */
export function margin(price: number, cost: number): { margin: number; marginPercent: number } {
  return {
    margin: round2(price - cost),
    marginPercent: price === 0 ? 0 : Math.round(((price - cost) * 1000) / price) / 10,
  }
}

/** The cell's value of a row. */
export function cellValue(row: PriceRow, cell: CellKey): Amount {
  if (cell.startsWith('channel:')) return row.channels[cell.slice(8) as SalesChannel] ?? null
  if (cell.startsWith('activity:')) return row.activities[cell.slice(9)] ?? null
  if ((FIXED_PRICES as readonly string[]).includes(cell)) return row[cell as FixedPrice]
  if (cell === 'initialStock') return row.initialStock
  return null
}

export function setCell(row: PriceRow, cell: CellKey, value: Amount): void {
  if (cell.startsWith('channel:')) row.channels[cell.slice(8) as SalesChannel] = value
  else if (cell.startsWith('activity:')) row.activities[cell.slice(9)] = value
  else if ((FIXED_PRICES as readonly string[]).includes(cell)) row[cell as FixedPrice] = value
  else if (cell === 'initialStock') row.initialStock = Math.max(0, Math.round(value ?? 0))
}

/** Sets one column of every row (the seller fills 600 SKUs at once, then changes the odd one). */
export function fillColumn(rows: PriceRow[], cell: CellKey, value: Amount): void {
  for (const row of rows) setCell(row, cell, value)
}

/** The cells that carry a selling price and must not be under the floor. */
export function pricedCells(activities: readonly ActivityColumn[]): CellKey[] {
  return ['price', 'memberPrice', ...SALES_CHANNELS.map((c) => `channel:${c}` as const), ...activities.map((a) => `activity:${a.key}` as const)]
}

/** Warnings the grid shows before anything is sent: missing required prices and every price under the floor. */
export function checkRow(row: PriceRow, activities: readonly ActivityColumn[]): RowErrors {
  const errors: RowErrors = {}
  for (const cell of REQUIRED_PRICES) {
    if (row[cell] === null) errors[cell] = { required: true }
  }
  if (row.floorPrice === null) return errors
  for (const cell of pricedCells(activities)) {
    const value = cellValue(row, cell)
    if (value !== null && value < row.floorPrice) {
      errors[cell] = { floor: { price: value, floorPrice: row.floorPrice, ...margin(value, row.cost ?? 0) } }
    }
  }
  return errors
}

export function hasErrors(errors: RowErrors | undefined): boolean {
  return errors !== undefined && Object.keys(errors).length > 0
}

/** The activity columns whose price a row sends, in the order of its `activityPrices`. */
export function sentActivities(row: PriceRow, activities: readonly ActivityColumn[]): ActivityColumn[] {
  return activities.filter((a) => row.activities[a.key] !== null && row.activities[a.key] !== undefined)
}

/** The request body for a row's prices (the same shape for creating a SKU and for changing its prices). */
export function toPrices(row: PriceRow, activities: readonly ActivityColumn[]): PricesRequest {
  const channelPrices: Record<string, number> = {}
  for (const channel of SALES_CHANNELS) {
    const value = row.channels[channel]
    if (value !== null && value !== undefined) channelPrices[channel] = value
  }
  const body: PricesRequest = {
    msrp: row.msrp ?? 0,
    cost: row.cost ?? 0,
    floorPrice: row.floorPrice ?? 0,
    price: row.price ?? 0,
    channelPrices,
    activityPrices: sentActivities(row, activities).map((a) => ({
      activity: a.activity.trim(),
      price: row.activities[a.key] as number,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
    })),
  }
  if (row.memberPrice !== null) body.memberPrice = row.memberPrice
  return body
}

/** Rows and activity columns of an existing product (activities with the same name and window share a column). */
export function rowsFromProduct(product: Product): { rows: PriceRow[]; activities: ActivityColumn[] } {
  const activities: ActivityColumn[] = []
  const keyOf = (a: { activity: string; startsAt: string; endsAt: string }) => {
    const found = activities.find(
      (c) => c.activity === a.activity && Date.parse(c.startsAt) === Date.parse(a.startsAt) && Date.parse(c.endsAt) === Date.parse(a.endsAt),
    )
    if (found) return found.key
    const column = { key: newActivityKey(), activity: a.activity, startsAt: a.startsAt, endsAt: a.endsAt }
    activities.push(column)
    return column.key
  }
  const rows = product.skus.map((sku) => {
    const channels = emptyChannels()
    for (const [channel, value] of Object.entries(sku.prices.channelPrices ?? {})) {
      if ((SALES_CHANNELS as readonly string[]).includes(channel)) channels[channel as SalesChannel] = amount(value)
    }
    const prices: Record<string, Amount> = {}
    for (const activity of sku.prices.activityPrices ?? []) prices[keyOf(activity)] = amount(activity.price)
    return {
      skuId: sku.id,
      code: sku.code,
      attributes: inAttributeOrder(product.salesAttributes ?? [], sku.attributes),
      msrp: amount(sku.prices.msrp),
      cost: amount(sku.prices.cost),
      floorPrice: amount(sku.prices.floorPrice),
      price: amount(sku.prices.price),
      memberPrice: amount(sku.prices.memberPrice),
      channels,
      activities: prices,
      initialStock: 0,
    }
  })
  for (const row of rows) {
    for (const column of activities) if (!(column.key in row.activities)) row.activities[column.key] = null
  }
  return { rows, activities }
}

/** A fingerprint of what a row would send: a row whose fingerprint changed has edits to save. */
export function fingerprint(row: PriceRow, activities: readonly ActivityColumn[]): string {
  const body = toPrices(row, activities)
  return JSON.stringify({
    ...body,
    channelPrices: Object.fromEntries(Object.entries(body.channelPrices ?? {}).sort(([a], [b]) => a.localeCompare(b))),
    activityPrices: (body.activityPrices ?? []).map((a) => ({ ...a, startsAt: Date.parse(a.startsAt), endsAt: Date.parse(a.endsAt) })),
  })
}

/** Checks an activity column: a name, and an end after the start. */
export function activityProblem(column: ActivityColumn): 'name' | 'window' | undefined {
  if (!column.activity.trim()) return 'name'
  const start = Date.parse(column.startsAt)
  const end = Date.parse(column.endsAt)
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return 'window'
  return undefined
}

function violationFigures(problem: Problem, field: string): FloorIssue | undefined {
  const violations = problem.extras.violations
  if (!Array.isArray(violations)) return undefined
  for (const entry of violations as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue
    const v = entry as Record<string, unknown>
    if (v.field !== field) continue
    const price = amount(v.price)
    const floorPrice = amount(v.floorPrice)
    const m = amount(v.margin)
    const percent = amount(v.marginPercent)
    if (price === null || floorPrice === null || m === null || percent === null) return undefined
    return { price, floorPrice, margin: m, marginPercent: percent }
  }
  return undefined
}

const FIELD = /^(?:skus\[(\d+)]\.)?(?:prices\.)?(.+)$/

/**
 * Places the server's field errors on the grid: `skus[1].prices.channelPrices.TAOBAO` (creating) or
 * `channelPrices.TAOBAO` (changing one SKU, `rowIndex` given) → row 1, cell `channel:TAOBAO`. Floor violations carry
 * the server's figures (price, floor, margin) from the problem's `violations`. Errors that name no cell are returned
 * as `unplaced` for an alert.
 */
export function placeServerErrors(
  problem: Problem,
  rows: readonly PriceRow[],
  activities: readonly ActivityColumn[],
  rowIndex?: number,
): { byRow: Map<number, RowErrors>; unplaced: string[] } {
  const byRow = new Map<number, RowErrors>()
  const unplaced: string[] = []
  for (const error of problem.errors) {
    const match = FIELD.exec(error.field)
    const index = match?.[1] !== undefined ? Number(match[1]) : rowIndex
    const local = match?.[2] ?? error.field
    const row = index === undefined ? undefined : rows[index]
    let cell: CellKey | undefined
    if (row && index !== undefined) {
      const channel = /^channelPrices\.([A-Z_]+)$/.exec(local)
      const activity = /^activityPrices\[(\d+)](?:\.price)?$/.exec(local)
      if (channel) cell = `channel:${channel[1] as SalesChannel}`
      else if (activity) {
        const column = sentActivities(row, activities)[Number(activity[1])]
        if (column) cell = `activity:${column.key}`
      } else if ((FIXED_PRICES as readonly string[]).includes(local) || ['initialStock', 'code', 'attributes'].includes(local)) {
        cell = local as CellKey
      }
    }
    if (!row || index === undefined || !cell) {
      unplaced.push(error.message)
      continue
    }
    const errors = byRow.get(index) ?? {}
    const floor = error.code === 'catalog.price-below-floor' ? violationFigures(problem, error.field) : undefined
    errors[cell] = floor ? { floor } : { message: error.message }
    byRow.set(index, errors)
  }
  return { byRow, unplaced }
}
