/** Inventory: the stock pool per SKU, its ledger, adjustments and low-stock alerts. */
export { inventoryRoutes } from './routes'
export { inventoryApi, InventoryPermissions } from './api'
