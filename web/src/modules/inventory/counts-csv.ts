/**
 * Stock-count CSV files as people make them (Excel's UTF-8 with a BOM, quoted cells, CRLF), turned into the plain
 * `sku_id,counted,reason` the server reads, in chunks: each chunk is one request, so the page shows real progress
 * (rows counted by the server, not bytes sent) and maps the server's row numbers back to the lines of the file.
 * Columns after the third (product, SKU, code in the template) are for people and are not sent.
 */

export const HEADER = ['sku_id', 'counted', 'reason'] as const
/** Rows per request: small enough for steady progress, large enough to be quick. */
export const CHUNK_ROWS = 200

export interface CountRow {
  /** Line of the file (1 = header), as a spreadsheet shows it. */
  line: number
  cells: string[]
}

export type Parsed = { ok: true; rows: CountRow[]; header: string[] } | { ok: false; error: 'empty' | 'header' | 'quote'; line?: number }

/** RFC 4180 records with their first line number; a BOM and blank lines are dropped. */
export function parseCsv(text: string): { records: { line: number; cells: string[] }[]; unterminatedAt?: number } {
  const source = text.replace(/^\uFEFF/, '')
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let quoteLine = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (c === '\n') line++
        cell += c
      }
      continue
    }
    if (c === '"' && cell.length === 0) {
      quoted = true
      quoteLine = line
    } else if (c === ',') {
      cells.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++
      cells.push(cell)
      if (cells.some((v) => v.trim() !== '')) records.push({ line: recordLine, cells })
      cells = []
      cell = ''
      line++
      recordLine = line
    } else cell += c
  }
  if (quoted) return { records, unterminatedAt: quoteLine }
  cells.push(cell)
  if (cells.some((v) => v.trim() !== '')) records.push({ line: recordLine, cells })
  return { records }
}

/** The data rows of a count file, once its header starts with `sku_id,counted`. */
export function readCountFile(text: string): Parsed {
  const { records, unterminatedAt } = parseCsv(text)
  if (unterminatedAt !== undefined) return { ok: false, error: 'quote', line: unterminatedAt }
  if (records.length === 0) return { ok: false, error: 'empty' }
  const header = records[0]!.cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, ''))
  if (header[0] !== HEADER[0] || header[1] !== HEADER[1]) return { ok: false, error: 'header' }
  const rows = records.slice(1)
  if (rows.length === 0) return { ok: false, error: 'empty' }
  return { ok: true, header: records[0]!.cells, rows }
}

/** One value as the server's plain splitter reads it: no line breaks; commas only in the last column. */
function plain(value: string | undefined, last: boolean): string {
  const flat = (value ?? '').replace(/[\r\n]+/g, ' ').trim()
  return last ? flat : flat.replace(/,/g, ' ')
}

export interface Chunk {
  csv: string
  rows: CountRow[]
}

/** Rows in requests of `size`; a row without a reason gets `defaultReason` (the ledger says where a count came from). */
export function chunk(rows: readonly CountRow[], defaultReason = '', size = CHUNK_ROWS): Chunk[] {
  const chunks: Chunk[] = []
  const fallback = plain(defaultReason, true)
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size)
    const body = part.map((r) => [plain(r.cells[0], false), plain(r.cells[1], false), plain(r.cells[2], true) || fallback].join(','))
    chunks.push({ csv: [HEADER.join(','), ...body].join('\n'), rows: part })
  }
  return chunks
}

/** The file line of the server's row number within a chunk (the server counts the chunk's header as row 1). */
export function fileLine(part: Chunk, serverRow: number): number | undefined {
  return part.rows[serverRow - 2]?.line
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  // A BOM so that Excel opens the Chinese text as UTF-8.
  return '\uFEFF' + rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n'
}

/** The template: every SKU with its current physical count to overwrite, and columns that say what each SKU is. */
export function countTemplate(
  stock: readonly { skuId: string; physical: number }[],
  label: (skuId: string) => { product: string; sku: string; code: string } | undefined,
  extraHeader: readonly [string, string, string],
): string {
  return toCsv([
    [...HEADER, ...extraHeader],
    ...stock.map((s) => {
      const l = label(s.skuId)
      return [s.skuId, String(s.physical), '', l?.product ?? '', l?.sku ?? '', l?.code ?? '']
    }),
  ])
}

/** The refused rows as they were in the file, under its header: fix them and import this file again. */
export function refusedRowsCsv(header: readonly string[], rows: readonly CountRow[]): string {
  return toCsv([header, ...rows.map((r) => r.cells)])
}
