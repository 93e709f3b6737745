/** Directory: factory onboarding and review, trust profiles, the taxonomy, the public directory and factory pages. */
import './directory.css'
export { directoryPublicRoutes, directoryRoutes } from './routes'
export { directoryApi, DirectoryPermissions } from './api'
export { COUNTRIES, countryByCode, type Country } from './countries'
