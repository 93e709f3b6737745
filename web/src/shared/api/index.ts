import { activeLocale } from '@/shared/locale'
import { createApiClient } from './client'

export { unwrap } from './client'
export { ApiError, isApiError, toProblem, fieldErrorMap, type Problem } from './problem'

let unauthorizedHandler: (() => void) | undefined

/** The app registers what to do when the session has ended (back to the login page). */
export function onSessionExpired(handler: () => void): void {
  unauthorizedHandler = handler
}

/** The typed client for this origin's API. */
export const api = createApiClient({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  getLocale: activeLocale,
  onUnauthorized: () => unauthorizedHandler?.(),
})
