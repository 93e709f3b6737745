/** Catalog: products with their SKU matrix and channel prices checked against the floor price. */
export { catalogRoutes } from './routes'
export { catalogApi, CatalogPermissions } from './api'
