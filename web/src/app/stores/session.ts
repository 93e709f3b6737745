import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { currentLocale, setLocale } from '@/app/i18n'
import { identityApi, type Me, type UpdateMeRequest } from '@/modules/identity/api'
import { forgetLogin } from '@/modules/identity/login-memory'
import { isApiError, toProblem, type Problem } from '@/shared/api'
import { browserTimeZone, isAppLocale, storedLocale, type AppLocale } from '@/shared/locale'

/** Who is logged in (Me), what they may do, and their preferences. Loaded once at start-up by the router guard. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  /** The first GET /me has finished (either way). */
  const ready = ref(false)
  /** Why the first GET /me failed, when it was not a plain 401 (server down, network). */
  const startupProblem = ref<Problem | null>(null)

  const loggedIn = computed(() => me.value !== null)
  const permissions = computed(() => new Set(me.value?.permissions ?? []))
  const timeZone = computed(() => me.value?.timeZone || browserTimeZone())
  const activeOrganization = computed(() => me.value?.activeOrganization ?? null)

  function can(permission: string): boolean {
    return permissions.value.has(permission)
  }

  /** One permission, or any of a list (pages that readers and curators both open). */
  function canAny(permission: string | readonly string[]): boolean {
    return typeof permission === 'string' ? can(permission) : permission.some(can)
  }

  /**
   * Aligns the UI language with the account once a session starts: a choice made on this device wins and is
   * saved to the account; without one, the account's language is adopted.
   */
  function adoptLocale(user: Me): void {
    const chosen = storedLocale()
    if (chosen === undefined) {
      if (isAppLocale(user.locale) && user.locale !== currentLocale()) setLocale(user.locale)
      return
    }
    if (chosen !== user.locale) {
      identityApi
        .updateMe({ locale: chosen })
        .then((updated) => {
          if (me.value?.id === updated.id) me.value = updated
        })
        .catch(() => undefined)
    }
  }

  async function load(): Promise<Me | null> {
    try {
      const user = await identityApi.me()
      me.value = user
      startupProblem.value = null
      adoptLocale(user)
    } catch (error) {
      me.value = null
      if (!isApiError(error) || error.problem.status !== 401) startupProblem.value = toProblem(error)
    } finally {
      ready.value = true
    }
    return me.value
  }

  async function login(login: string, password: string): Promise<Me> {
    const user = await identityApi.login(login, password)
    me.value = user
    startupProblem.value = null
    adoptLocale(user)
    return user
  }

  async function logout(): Promise<void> {
    try {
      await identityApi.logout()
    } finally {
      me.value = null
      forgetLogin()
    }
  }

  async function switchOrganization(organizationId: string): Promise<Me> {
    const user = await identityApi.switchOrganization(organizationId)
    me.value = user
    return user
  }

  async function update(changes: UpdateMeRequest): Promise<Me> {
    const user = await identityApi.updateMe(changes)
    me.value = user
    return user
  }

  /** Language switch: always local; saved to the account when logged in. */
  async function changeLocale(locale: AppLocale): Promise<void> {
    setLocale(locale)
    if (me.value && me.value.locale !== locale) await update({ locale })
  }

  function replace(user: Me): void {
    me.value = user
  }

  /** The session ended on the server (401 on an ordinary call). */
  function expire(): void {
    me.value = null
  }

  return {
    me,
    ready,
    startupProblem,
    loggedIn,
    permissions,
    timeZone,
    activeOrganization,
    can,
    canAny,
    load,
    login,
    logout,
    switchOrganization,
    update,
    changeLocale,
    replace,
    expire,
  }
})
