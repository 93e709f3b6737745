/** Market intelligence (seed 000): industry search with charts, hot products, the weekly report and its share page, posters, imports and curation. */
export { intelPublicRoutes, intelRoutes } from './routes'
export { intelApi, intelFiles, IntelPermissions, INTEL_READERS } from './api'
export { default as PosterDialog } from './components/PosterDialog.vue'
export { default as FactoryTikTok } from './components/FactoryTikTok.vue'
export type { FactoryFigures } from './api'
