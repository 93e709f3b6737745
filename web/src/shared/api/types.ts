import type { pendingPaths } from './pending'
import type { paths } from './schema'

/** Every path the console calls: the generated document, plus hand-written ones it does not describe yet. */
export type ApiPaths = paths & Omit<pendingPaths, keyof paths>

/**
 * springdoc marks record properties optional unless they carry a required-marker, yet the server serialises every
 * property (Jackson inclusion ALWAYS: absent values arrive as null). Responses are therefore read as complete;
 * `| null` survives wherever the document declares a property nullable.
 */
export type Complete<T> = T extends readonly (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<T[K]> }
    : T

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch'
type Operation<P extends keyof ApiPaths, M extends HttpMethod> = NonNullable<ApiPaths[P][M]>
type SuccessStatus = 200 | 201 | 202 | 204
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined

/** The body of a successful response (2xx), as sent. */
export type ResponseBody<P extends keyof ApiPaths, M extends HttpMethod> = Complete<
  Operation<P, M> extends { responses: infer R }
    ? { [S in keyof R]: S extends SuccessStatus ? ContentOf<R[S]> : never }[keyof R]
    : never
>

export type RequestBody<P extends keyof ApiPaths, M extends HttpMethod> =
  Operation<P, M> extends { requestBody?: infer B } ? (B extends { content: infer C } ? C[keyof C] : never) : never

export type QueryParams<P extends keyof ApiPaths, M extends HttpMethod> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

/**
 * A paged query as it goes over the wire (`page` 0-based, `size`). The document currently describes the pair as one
 * object parameter `page: PageQuery` (the controller lacks springdoc's @ParameterObject), so page-level callers use
 * this shape and {@link asDocumentedQuery} hands it to the typed client.
 */
export type PagedQuery<Q> = Omit<Q, 'page' | 'size'> & { page?: number; size?: number }

/** See {@link PagedQuery}: the same values, typed the way the document (mis)describes them. */
export function asDocumentedQuery<Q>(query: PagedQuery<Q>): Q {
  return query as unknown as Q
}
