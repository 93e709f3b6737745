import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw, type Router } from 'vue-router'
import { i18n } from '@/app/i18n'
import { MOBILE_QUERY } from '@/shared/composables/useMediaQuery'
import { setActiveLocale } from '@/shared/locale'
import { routes } from '@/app/router'
import { useSessionStore } from '@/app/stores/session'
import type { Me } from '@/modules/identity/api'

export interface RecordedCall {
  method: string
  path: string
  search: URLSearchParams
  headers: Headers
  body: unknown
}

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> }
export type Handler = (call: RecordedCall) => Reply | undefined

export function json(status: number, body?: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers }
}

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    body: { type: `https://docs.realsourcing.com/problems/${code}`, title: 'Error', status, detail, code, ...extra },
    headers: { 'Content-Type': 'application/problem+json' },
  }
}

/**
 * Replaces global fetch with a fake server: every request is recorded, the handler answers it (404 problem when it
 * returns nothing). Non-GET calls need a CSRF cookie; tests set one so no bootstrap call interferes.
 */
export function fakeServer(handler: Handler) {
  const calls: RecordedCall[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init)
    const url = new URL(request.url)
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
    const call: RecordedCall = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    }
    calls.push(call)
    const reply = handler(call) ?? problem(404, 'shared.not-found', `no fake for ${call.method} ${call.path}`)
    const headers = new Headers(reply.headers)
    if (reply.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status, headers })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock }
}

export function aMe(overrides: Partial<Me> = {}): Me {
  const org = { id: 'org-1', name: '宁波海曙电器厂', type: 'FACTORY' as const, role: 'OWNER' as const }
  return {
    id: 'user-1',
    displayName: '张三',
    email: 'z***@example.com',
    mobile: null as unknown as string,
    state: 'NORMAL',
    stateReason: null as unknown as string,
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    activeOrganization: org,
    organizations: [org, { id: 'org-2', name: 'Acme Trading', type: 'TRADING_COMPANY', role: 'MEMBER' }],
    permissions: [],
    capabilities: [],
    createdAt: '2024-01-01T00:00:00Z',
    ...overrides,
  }
}

export interface Harness {
  pinia: Pinia
  router: Router
}

const RouteStub = defineComponent({ name: 'RouteStub', render: () => h('div', { class: 'route-stub' }) })

/** The app's routes (paths, names, meta) with pages stubbed, so navigation in a test never waits for a chunk. */
function stubbedRoutes(): RouteRecordRaw[] {
  return routes.map((route) => ({ ...route, component: RouteStub }) as RouteRecordRaw)
}

/** A router, store and i18n like the app's, in memory; `me` logs a user in without a request. */
export async function harness(path: string, me: Me | null = null): Promise<Harness> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.ready = true
  session.me = me
  const router = createRouter({ history: createMemoryHistory(), routes: stubbedRoutes() })
  await router.push(path)
  await router.isReady()
  return { pinia, router }
}

const mounted: { unmount: () => void }[] = []

/** Unmounts what the last test mounted (called after each test by setup.ts, before the DOM is cleared). */
export function unmountAll(): void {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
}

/** Mounts a component with the app's plugins (Element Plus components resolve on demand, as in the build). */
export async function mountWith(component: Component, h: Harness, props: Record<string, unknown> = {}) {
  // The app's own i18n instance: the language switch and the session store change it, as in the app.
  i18n.global.locale.value = 'zh-CN'
  setActiveLocale('zh-CN')
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [h.pinia, i18n, h.router] },
  })
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}

/**
 * Mounts a page as the app does, inside <router-view> on its real route (its name, params and meta), so route
 * guards inside the page (onBeforeRouteLeave) and navigation between its own URLs work as in the browser.
 */
export async function mountRoute(path: string, component: Component, me: Me | null = null) {
  const harnessed = await harness('/403', me)
  const target = harnessed.router.resolve(path).matched.at(-1)
  if (!target?.name) throw new Error(`no named route for ${path}`)
  harnessed.router.addRoute({ path: target.path, name: target.name, meta: target.meta, component })
  await harnessed.router.push(path)
  const wrapper = await mountWith(defineComponent({ name: 'RoutedPage', render: () => h(RouterView) }), harnessed)
  return { ...harnessed, wrapper }
}

/** The element carrying a test id, anywhere in the document (dialogs and dropdowns are teleported to <body>). */
export function byTestId(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
  if (!found) throw new Error(`no element with data-testid="${id}"`)
  return found
}

export function allByTestId(id: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))
}

/** Types into a native input the way a user (or Playwright's fill) does. */
export async function fill(id: string, value: string): Promise<void> {
  const element = byTestId(id)
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error(`data-testid="${id}" is a <${element.tagName.toLowerCase()}>, not an input`)
  }
  element.value = value
  element.dispatchEvent(new Event('input', { bubbles: true }))
  await flushPromises()
}

export async function click(id: string): Promise<void> {
  byTestId(id).click()
  await flushPromises()
}

/** Makes `matchMedia` answer as a phone's screen does (undo with `vi.unstubAllGlobals()`). */
export function onPhone(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === MOBILE_QUERY,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
}
