import { describe, expect, it, vi } from 'vitest'
import { createApiClient, unwrap, type ApiClientOptions } from './client'
import { ApiError } from './problem'
import { asDocumentedQuery, type QueryParams } from './types'

type UsersQuery = QueryParams<'/api/identity/admin/users', 'get'>

const BASE = 'http://console.test'

interface Seen {
  method: string
  path: string
  headers: Headers
}

/** A client on a fake server; `cookies` is the browser's cookie jar as the server leaves it. */
function setup(reply: (request: Request, seen: Seen[]) => Response, cookies: Record<string, string> = {}, extra: Partial<ApiClientOptions> = {}) {
  const seen: Seen[] = []
  let locale = 'zh-CN'
  const fetchFn = vi.fn(async (request: Request) => {
    const entry = { method: request.method, path: new URL(request.url).pathname, headers: new Headers(request.headers) }
    seen.push(entry)
    return reply(request, seen)
  })
  const client = createApiClient({
    baseUrl: BASE,
    getLocale: () => locale,
    readCookie: (name) => cookies[name],
    fetch: fetchFn,
    ...extra,
  })
  return { client, seen, fetchFn, setLocale: (l: string) => (locale = l) }
}

const me = { id: 'u1', displayName: '张三' }
const ok = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } })

describe('the API client', () => {
  it('sends the UI language as Accept-Language on every call, following language changes', async () => {
    const { client, seen, setLocale } = setup(() => ok(me), { 'XSRF-TOKEN': 't' })
    await unwrap(client.GET('/api/identity/me'))
    setLocale('en-US')
    await unwrap(client.PATCH('/api/identity/me', { body: { locale: 'en-US' } }))
    expect(seen.map((s) => s.headers.get('Accept-Language'))).toEqual(['zh-CN', 'en-US'])
  })

  it('echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on writes but not on reads', async () => {
    const { client, seen } = setup(() => ok(me), { 'XSRF-TOKEN': 'cookie-token-1' })
    await unwrap(client.GET('/api/identity/me'))
    await unwrap(client.POST('/api/identity/login', { body: { login: '13800001234', password: 'secret123' } }))
    expect(seen[0]?.headers.has('X-XSRF-TOKEN')).toBe(false)
    expect(seen[1]?.method).toBe('POST')
    expect(seen[1]?.headers.get('X-XSRF-TOKEN')).toBe('cookie-token-1')
  })

  it('fetches the CSRF token first when the cookie is missing, once for concurrent writes', async () => {
    const cookies: Record<string, string> = {}
    const { client, seen } = setup((request) => {
      if (new URL(request.url).pathname === '/api/identity/csrf') {
        cookies['XSRF-TOKEN'] = 'fresh-token'
        return ok({ headerName: 'X-XSRF-TOKEN', token: 'masked-token' })
      }
      return new Response(null, { status: 204 })
    }, cookies)
    await Promise.all([unwrap(client.POST('/api/identity/logout')), unwrap(client.POST('/api/notify/notifications/read-all'))])
    expect(seen.filter((s) => s.path === '/api/identity/csrf')).toHaveLength(1)
    expect(seen[0]?.path).toBe('/api/identity/csrf')
    const writes = seen.filter((s) => s.method === 'POST')
    expect(writes).toHaveLength(2)
    expect(writes.every((s) => s.headers.get('X-XSRF-TOKEN') === 'fresh-token')).toBe(true)
  })

  it('uses the token from the CSRF response body when no cookie could be read', async () => {
    const { client, seen } = setup((request) =>
      new URL(request.url).pathname === '/api/identity/csrf' ? ok({ headerName: 'X-XSRF-TOKEN', token: 'body-token' }) : new Response(null, { status: 204 }),
    )
    await unwrap(client.POST('/api/identity/logout'))
    expect(seen.at(-1)?.headers.get('X-XSRF-TOKEN')).toBe('body-token')
  })

  it('sends a write again, once, with a fresh token when the server says the CSRF token is stale', async () => {
    const cookies: Record<string, string> = { 'XSRF-TOKEN': 'stale' }
    const { client, seen } = setup((request) => {
      const path = new URL(request.url).pathname
      if (path === '/api/identity/csrf') {
        cookies['XSRF-TOKEN'] = 'renewed'
        return ok({ headerName: 'X-XSRF-TOKEN', token: 'renewed' })
      }
      if (request.headers.get('X-XSRF-TOKEN') === 'stale') return problem(403, { code: 'shared.csrf-invalid', detail: 'CSRF' })
      return ok(me)
    }, cookies)
    const result = await unwrap(client.PATCH('/api/identity/me', { body: { displayName: '李四' } }))
    expect(result.displayName).toBe('张三')
    expect(seen.map((s) => `${s.method} ${s.path} ${s.headers.get('X-XSRF-TOKEN') ?? ''}`.trim())).toEqual([
      'PATCH /api/identity/me stale',
      'GET /api/identity/csrf',
      'PATCH /api/identity/me renewed',
    ])
  })

  it('throws an ApiError with the parsed problem, and Retry-After as retryAfterSeconds', async () => {
    const { client } = setup(
      () =>
        new Response(JSON.stringify({ status: 429, code: 'identity.login-throttled', detail: '尝试过于频繁' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
        }),
      { 'XSRF-TOKEN': 't' },
    )
    const error = await unwrap(client.POST('/api/identity/login', { body: { login: 'a@b.cn', password: 'x' } })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const { problem: p } = error as ApiError
    expect(p).toMatchObject({ status: 429, code: 'identity.login-throttled', detail: '尝试过于频繁' })
    expect(p.extras.retryAfterSeconds).toBe(42)
  })

  it('reports a network failure as a problem with status 0', async () => {
    const { client } = setup(() => {
      throw new TypeError('Failed to fetch')
    })
    const error = await unwrap(client.GET('/api/identity/me')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem).toMatchObject({ status: 0, code: 'client.network-error' })
  })

  it('signals an ended session on 401 from ordinary calls, but not from login or the start-up /me', async () => {
    const onUnauthorized = vi.fn()
    const { client } = setup(() => problem(401, { code: 'identity.unauthenticated' }), { 'XSRF-TOKEN': 't' }, { onUnauthorized })
    await unwrap(client.POST('/api/identity/login', { body: { login: 'a@b.cn', password: 'x' } })).catch(() => undefined)
    await unwrap(client.GET('/api/identity/me')).catch(() => undefined)
    await unwrap(client.POST('/api/identity/tokens', { body: { login: 'a@b.cn', password: 'x', name: 'ci' } })).catch(() => undefined)
    expect(onUnauthorized).not.toHaveBeenCalled()
    await unwrap(client.GET('/api/identity/tokens')).catch(() => undefined)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    await unwrap(client.GET('/api/identity/organizations/{organizationId}/members', { params: { path: { organizationId: 'o1' } } })).catch(
      () => undefined,
    )
    expect(onUnauthorized).toHaveBeenCalledTimes(2)
  })

  it('puts paging and filters in the query string as page/size', async () => {
    const { client, fetchFn } = setup(() => ok({ items: [], page: 0, size: 20, total: 0 }))
    const query = asDocumentedQuery<UsersQuery>({ page: 2, size: 50, state: 'DISABLED', q: '张' })
    await unwrap(client.GET('/api/identity/admin/users', { params: { query } }))
    const url = new URL(fetchFn.mock.calls[0]![0].url)
    expect(url.searchParams.get('page')).toBe('2')
    expect(url.searchParams.get('size')).toBe('50')
    expect(url.searchParams.get('state')).toBe('DISABLED')
    expect(url.searchParams.get('q')).toBe('张')
  })
})
