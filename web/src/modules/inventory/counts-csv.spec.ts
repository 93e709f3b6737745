import { describe, expect, it } from 'vitest'
import { chunk, countTemplate, fileLine, parseCsv, readCountFile, refusedRowsCsv } from './counts-csv'

describe('count files', () => {
  it('reads what Excel saves: a BOM, CRLF, quoted cells with commas and quotes, blank lines', () => {
    const text = '\uFEFFsku_id,counted,reason,商品\r\n"a1",12,"季度盘点, 仓库A","联名卫衣 ""限量"""\r\n\r\nb2,0,,\r\n'
    const parsed = readCountFile(text)
    expect(parsed).toEqual({
      ok: true,
      header: ['sku_id', 'counted', 'reason', '商品'],
      rows: [
        { line: 2, cells: ['a1', '12', '季度盘点, 仓库A', '联名卫衣 "限量"'] },
        { line: 4, cells: ['b2', '0', '', ''] },
      ],
    })
  })

  it('counts lines inside a quoted cell so row numbers match the spreadsheet', () => {
    const { records } = parseCsv('sku_id,counted,reason\na,1,"two\nlines"\nb,2,x')
    expect(records.map((r) => r.line)).toEqual([1, 2, 4])
  })

  it('refuses a file without the header, without rows, or with an open quote', () => {
    expect(readCountFile('sku,qty\na,1')).toEqual({ ok: false, error: 'header' })
    expect(readCountFile('SKU_ID, Counted\n\n')).toEqual({ ok: false, error: 'empty' })
    expect(readCountFile('sku_id,counted\na,1,"oops\nb,2')).toEqual({ ok: false, error: 'quote', line: 2 })
  })

  it('sends plain sku_id,counted,reason in chunks and maps the server row back to the file line', () => {
    const parsed = readCountFile('sku_id,counted,reason,商品\na,1,"盘点, 复核",卫衣\nb,2,,\nc,x,,\n')
    if (!parsed.ok) throw new Error('not parsed')
    const parts = chunk(parsed.rows, 'CSV 盘点 counts.csv', 2)
    expect(parts.map((p) => p.csv)).toEqual(['sku_id,counted,reason\na,1,盘点, 复核\nb,2,CSV 盘点 counts.csv', 'sku_id,counted,reason\nc,x,CSV 盘点 counts.csv'])
    expect(fileLine(parts[1]!, 2)).toBe(4)
    expect(fileLine(parts[0]!, 3)).toBe(3)
  })

  it('writes a template and the refused rows for Excel', () => {
    const template = countTemplate(
      [{ skuId: 'a1', physical: 7 }],
      () => ({ product: '联名卫衣', sku: '黑 / M', code: 'HD-1' }),
      ['商品', '规格', '编码'],
    )
    expect(template).toBe('\uFEFFsku_id,counted,reason,商品,规格,编码\r\na1,7,,联名卫衣,黑 / M,HD-1\r\n')
    expect(refusedRowsCsv(['sku_id', 'counted'], [{ line: 3, cells: ['c', 'x,y'] }])).toBe('\uFEFFsku_id,counted\r\nc,"x,y"\r\n')
  })
})
