/** Supply–demand board (seed 002): the home page and search, postings, publishing, RFQ quotes, temp jobs, the personal centre. */
import './board.css'
export { boardPublicRoutes, boardRoutes } from './routes'
export { boardApi, BoardPermissions } from './api'
