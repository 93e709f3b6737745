import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type Router } from 'vue-router'
import { useSessionStore } from '@/app/stores/session'
import { identityPublicRoutes, identityRoutes } from '@/modules/identity'
import { directoryPublicRoutes, directoryRoutes } from '@/modules/directory'
import { catalogRoutes } from '@/modules/catalog'
import { chatRoutes } from '@/modules/chat'
import { inventoryRoutes } from '@/modules/inventory'
import { notifyRoutes } from '@/modules/notify'
import { storePublicRoutes, storeRoutes } from '@/modules/store'
import { intelPublicRoutes, intelRoutes } from '@/modules/intel'
import { boardAdminRoutes } from '@/modules/board/admin'
import { boardPublicRoutes, boardRoutes } from '@/modules/board'

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./views/HomePage.vue'),
    meta: { layout: 'app', titleKey: 'home.title' },
  },
  ...identityPublicRoutes,
  ...identityRoutes,
  ...notifyRoutes,
  ...chatRoutes,
  ...directoryPublicRoutes,
  ...directoryRoutes,
  ...catalogRoutes,
  ...inventoryRoutes,
  ...storePublicRoutes,
  ...storeRoutes,
  ...intelPublicRoutes,
  ...intelRoutes,
  ...boardAdminRoutes,
  ...boardPublicRoutes,
  ...boardRoutes,
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('./views/ForbiddenPage.vue'),
    meta: { layout: 'app', titleKey: 'errors.forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundPage.vue'),
    meta: { public: true, titleKey: 'errors.notFound.title' },
  },
]

/** Only same-site paths may be used as a post-login target (no `//evil.example`). */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined
  return value
}

export async function guard(to: RouteLocationNormalized) {
  const session = useSessionStore()
  if (!session.ready) await session.load()
  if (to.meta.public) {
    if (to.name === 'login' && session.loggedIn) return safeRedirect(to.query.redirect) ?? { name: 'home' }
    return true
  }
  if (!session.loggedIn) {
    return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } }
  }
  if (to.meta.permission && !session.canAny(to.meta.permission)) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  router.beforeEach(guard)
  return router
}
