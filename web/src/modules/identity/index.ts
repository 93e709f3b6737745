/** Identity: accounts, organisations, memberships, sessions, tokens and the platform's admin pages. */
export { identityPublicRoutes, identityRoutes } from './routes'
export { identityApi, Permissions, type Me } from './api'
