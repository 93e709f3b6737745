import 'vue-router'

export {}

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (login, sign-up, password reset, 404). */
    public?: boolean
    /** Which frame the page sits in; pages without one use the app frame when logged in; 'store' is the H5 store. */
    layout?: 'app' | 'auth' | 'store'
    /** i18n key of the page title (document title). */
    titleKey?: string
    /** Permission string the page needs (module:resource:action); with a list, any one of them will do. */
    permission?: string | readonly string[]
  }
}
