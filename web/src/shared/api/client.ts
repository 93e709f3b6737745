import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { ApiError, parseProblem, ProblemCodes } from './problem'
import type { ApiPaths, Complete } from './types'

export type ApiClient = Client<ApiPaths>

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
export const CSRF_PATH = '/api/identity/csrf'
/** Problem code of a write refused for a missing or stale CSRF token. */
export const CSRF_INVALID = 'shared.csrf-invalid'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

export interface ApiClientOptions {
  /** Absolute origin, e.g. `window.location.origin`; the API lives on the same origin. */
  baseUrl: string
  /** The UI language, sent as Accept-Language so `detail` and field messages come back in it. */
  getLocale: () => string
  /** Defaults to `document.cookie`. */
  readCookie?: (name: string) => string | undefined
  fetch?: (request: Request) => Promise<Response>
  /** Called when a request that needs a session gets 401 (the session expired or was ended elsewhere). */
  onUnauthorized?: () => void
}

export function readDocumentCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.trim().split('=')
    if (rawKey === name) {
      const value = rest.join('=')
      try {
        return decodeURIComponent(value)
      } catch {
        return value
      }
    }
  }
  return undefined
}

// 401 on these means "wrong credentials" or "not logged in yet", not "your session ended".
const credentialCalls = new Set([
  'POST /api/identity/login',
  'GET /api/identity/me',
  'POST /api/identity/sign-up',
  'POST /api/identity/password-resets',
  'POST /api/identity/password-resets/confirm',
  'POST /api/identity/tokens',
  `GET ${CSRF_PATH}`,
])

export function createApiClient(options: ApiClientOptions): ApiClient {
  const readCookie = options.readCookie ?? readDocumentCookie
  const doFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request))
  const client = createClient<ApiPaths>({ baseUrl: options.baseUrl, credentials: 'same-origin', fetch: doFetch })

  // One CSRF bootstrap at a time, shared by concurrent writes.
  let pendingCsrf: Promise<{ header: string; token: string } | undefined> | undefined

  async function fetchCsrfToken(): Promise<{ header: string; token: string } | undefined> {
    const response = await doFetch(
      new Request(options.baseUrl + CSRF_PATH, {
        method: 'GET',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': options.getLocale() },
      }),
    )
    // Prefer the cookie the server just set: the header must echo the cookie.
    const fromCookie = readCookie(CSRF_COOKIE)
    if (fromCookie) return { header: CSRF_HEADER, token: fromCookie }
    if (!response.ok) return undefined
    const body: unknown = await response.json().catch(() => undefined)
    if (typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string') {
      const header = 'headerName' in body && typeof body.headerName === 'string' ? body.headerName : CSRF_HEADER
      return { header, token: body.token }
    }
    return undefined
  }

  const language: Middleware = {
    onRequest({ request }) {
      request.headers.set('Accept-Language', options.getLocale())
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json')
      return request
    },
  }

  function bootstrapCsrf(): Promise<{ header: string; token: string } | undefined> {
    pendingCsrf ??= fetchCsrfToken()
      .catch(() => undefined)
      .finally(() => {
        pendingCsrf = undefined
      })
    return pendingCsrf
  }

  // Unsent copies of writes, so one rejected for a stale CSRF token can be sent again once.
  const spares = new Map<string, Request>()

  const csrf: Middleware = {
    async onRequest({ request, id }) {
      if (safeMethods.has(request.method.toUpperCase())) return request
      const cookie = readCookie(CSRF_COOKIE)
      const credential = cookie ? { header: CSRF_HEADER, token: cookie } : await bootstrapCsrf()
      if (credential) request.headers.set(credential.header, credential.token)
      spares.set(id, request.clone())
      return request
    },
    async onResponse({ response, id }) {
      const spare = spares.get(id)
      spares.delete(id)
      if (!spare || response.status !== 403) return undefined
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined)
      if (typeof body !== 'object' || body === null || !('code' in body) || body.code !== CSRF_INVALID) return undefined
      const credential = await bootstrapCsrf()
      if (!credential) return undefined
      spare.headers.set(credential.header, credential.token)
      return doFetch(spare)
    },
    onError({ id }) {
      spares.delete(id)
    },
  }

  const sessionWatch: Middleware = {
    onResponse({ request, response }) {
      if (response.status !== 401 || !options.onUnauthorized) return undefined
      if (credentialCalls.has(`${request.method.toUpperCase()} ${new URL(request.url).pathname}`)) return undefined
      options.onUnauthorized()
      return undefined
    },
  }

  client.use(language, csrf, sessionWatch)
  return client
}

type FetchResult<D> = { data?: D; error?: unknown; response: Response }

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError} carrying the parsed problem.
 * Network failures become a problem with status 0 and code `client.network-error`. The data is read as
 * {@link Complete}: the server sends every property of a response record.
 */
export async function unwrap<D>(call: Promise<FetchResult<D>>): Promise<Complete<D>> {
  let result: FetchResult<D>
  try {
    result = await call
  } catch (cause) {
    if (cause instanceof ApiError) throw cause
    throw new ApiError({ status: 0, code: ProblemCodes.network, errors: [], extras: {} })
  }
  const { data, error, response } = result
  if (!response.ok || error !== undefined) {
    const problem = parseProblem(response.status, error)
    if (problem.code === undefined && problem.detail === undefined && problem.title === undefined) {
      problem.code = ProblemCodes.unexpected
    }
    if (problem.extras.retryAfterSeconds === undefined) {
      const retryAfter = response.headers.get('Retry-After')
      if (retryAfter && /^\d+$/.test(retryAfter)) problem.extras.retryAfterSeconds = Number(retryAfter)
    }
    throw new ApiError(problem)
  }
  return data as Complete<D>
}
