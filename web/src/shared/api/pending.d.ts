/**
 * Endpoints the console calls before web/openapi.json describes them, written in openapi-typescript's shape
 * (`"/api/x": { parameters: …; get: { parameters; requestBody?; responses: { 200: { headers; content } } }; … }`).
 * `ApiPaths` in types.ts drops any entry whose path the generated schema.d.ts has, so the generated one always
 * wins; delete entries once they are generated. Empty now: the document covers every call the console makes.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface pendingPaths {}
