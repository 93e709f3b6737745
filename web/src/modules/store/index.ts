/** Store: a creator's or brand's mobile-first H5 store — products, SKU choice at H5 prices, checkout, sandbox payment. */
import './store.css'
export { storePublicRoutes, storeRoutes } from './routes'
export { storeApi, StorePermissions } from './api'
