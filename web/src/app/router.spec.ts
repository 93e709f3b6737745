import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSessionStore } from '@/app/stores/session'
import { aMe, fakeServer, harness, json, problem } from '@/test/helpers'
import { guard, routes, safeRedirect } from './router'

async function routerAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  router.beforeEach(guard)
  await router.push(path)
  return router
}

describe('route guard', () => {

  it('loads Me once at start and sends visitors without a session to the login page with the target', async () => {
    const server = fakeServer(() => problem(401, 'identity.unauthenticated', '请先登录'))
    await harness('/login')
    useSessionStore().ready = false
    const router = await routerAt('/admin/users?state=DISABLED')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users?state=DISABLED')
    await router.push('/profile')
    expect(server.calls.filter((c) => c.path === '/api/identity/me')).toHaveLength(1)
  })

  it('lets a logged-in user in, and sends them to 403 for a page their permissions do not cover', async () => {
    fakeServer((call) => (call.path === '/api/identity/me' ? json(200, aMe({ permissions: [] })) : undefined))
    await harness('/login')
    useSessionStore().ready = false
    const router = await routerAt('/profile')
    expect(router.currentRoute.value.name).toBe('profile')
    await router.push('/admin/audit-log')
    expect(router.currentRoute.value.name).toBe('forbidden')
    await router.push('/login')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('shows the 404 page for unknown paths', async () => {
    fakeServer(() => problem(401, 'identity.unauthenticated', '请先登录'))
    await harness('/login')
    const router = await routerAt('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('only accepts same-site redirect targets', () => {
    expect(safeRedirect('/organization')).toBe('/organization')
    expect(safeRedirect('//evil.example')).toBeUndefined()
    expect(safeRedirect('https://evil.example')).toBeUndefined()
    expect(safeRedirect(['/a'])).toBeUndefined()
  })
})
