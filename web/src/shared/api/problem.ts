/**
 * RFC 9457 problem details as the backend sends them: `detail` and `errors[].message` are already in the
 * caller's language (the server reads Accept-Language), `code` is the stable key the console can react to.
 */
export interface FieldError {
  field: string
  code?: string
  message: string
}

export interface Problem {
  status: number
  type?: string
  title?: string
  detail?: string
  instance?: string
  code?: string
  errors: FieldError[]
  /** Members beyond the standard ones (e.g. `retryAfterSeconds`, `reason`). */
  extras: Record<string, unknown>
}

/** Codes the console treats specially. */
export const ProblemCodes = {
  network: 'client.network-error',
  unexpected: 'client.unexpected-response',
  badCredentials: 'identity.bad-credentials',
  loginThrottled: 'identity.login-throttled',
  loginLocked: 'identity.login-locked',
  accountDisabled: 'identity.account-disabled',
  loginTaken: 'identity.login-taken',
} as const

const standardMembers = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return []
  const result: FieldError[] = []
  for (const entry of value) {
    if (!isRecord(entry)) continue
    const field = optionalString(entry.field)
    const message = optionalString(entry.message)
    if (field === undefined || message === undefined) continue
    const code = optionalString(entry.code)
    result.push(code === undefined ? { field, message } : { field, code, message })
  }
  return result
}

/**
 * Reads whatever an error response carried. Bodies that are not problem details (a proxy's HTML page, plain
 * text, nothing) still give a Problem with the HTTP status, so callers have a single shape to show.
 */
export function parseProblem(status: number, body: unknown): Problem {
  if (!isRecord(body)) {
    return { status, errors: [], extras: {}, detail: typeof body === 'string' && body.length < 300 ? optionalString(body) : undefined }
  }
  const extras: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    if (!standardMembers.has(key)) extras[key] = value
  }
  return {
    status: typeof body.status === 'number' ? body.status : status,
    type: optionalString(body.type),
    title: optionalString(body.title),
    detail: optionalString(body.detail),
    instance: optionalString(body.instance),
    code: optionalString(body.code),
    errors: parseFieldErrors(body.errors),
    extras,
  }
}

/**
 * Field errors keyed by request property name, ready for `el-form-item :error`. Several messages for one field
 * are joined; `rename` maps request property names onto form fields (e.g. `email` and `mobile` onto `login`).
 */
export function fieldErrorMap(problem: Problem | null | undefined, rename: Record<string, string> = {}): Record<string, string> {
  const map: Record<string, string> = {}
  if (!problem) return map
  for (const error of problem.errors) {
    const field = rename[error.field] ?? error.field
    const previous = map[field]
    map[field] = previous === undefined ? error.message : `${previous}；${error.message}`
  }
  return map
}

/** A numeric extra member such as `retryAfterSeconds`, if present and sane. */
export function numericExtra(problem: Problem, name: string): number | undefined {
  const value = problem.extras[name]
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return undefined
}

export function stringExtra(problem: Problem, name: string): string | undefined {
  return optionalString(problem.extras[name])
}

/** The error every API helper throws; `problem` is always present. */
export class ApiError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.problem = problem
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** Turns anything thrown into a Problem (network failures become status 0 with a client code). */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem
  return { status: 0, code: ProblemCodes.network, errors: [], extras: {}, detail: undefined }
}
