/**
 * The login (mobile or e-mail) typed at sign-in, kept for this browser tab only. Me returns contacts masked,
 * and creating an API token re-authenticates with login + password, so the token form pre-fills it from here.
 */
const KEY = 'rs.login'

export function rememberLogin(login: string): void {
  try {
    sessionStorage.setItem(KEY, login)
  } catch {
    // Storage unavailable: the token form asks for the login instead.
  }
}

export function rememberedLogin(): string {
  try {
    return sessionStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

export function forgetLogin(): void {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // Nothing to forget.
  }
}
