import { api, unwrap } from '@/shared/api'
import { asDocumentedQuery, type PagedQuery, type QueryParams, type RequestBody, type ResponseBody } from '@/shared/api/types'

export type Me = ResponseBody<'/api/identity/me', 'get'>
export type OrganizationMembership = Me['organizations'][number]
export type OrganizationType = OrganizationMembership['type']
export type MembershipRole = OrganizationMembership['role']
export type UserState = Me['state']
export type SignUpRequest = RequestBody<'/api/identity/sign-up', 'post'>
/** PLATFORM is the operator's own organisation: nobody signs up as one. */
export type SignUpOrganizationType = Exclude<OrganizationType, 'PLATFORM'>
export type UpdateMeRequest = RequestBody<'/api/identity/me', 'patch'>
export type Member = ResponseBody<'/api/identity/organizations/{organizationId}/members', 'get'>[number]
export type Invitation = ResponseBody<'/api/identity/organizations/{organizationId}/invitations', 'get'>[number]
export type InviteRequest = RequestBody<'/api/identity/organizations/{organizationId}/invitations', 'post'>
export type InvitationStatus = Invitation['status']
export type AccessToken = ResponseBody<'/api/identity/tokens', 'get'>[number]
export type CreatedAccessToken = ResponseBody<'/api/identity/tokens', 'post'>
export type CreateTokenRequest = RequestBody<'/api/identity/tokens', 'post'>
export type CreateOrganizationRequest = RequestBody<'/api/identity/organizations', 'post'>
type DocumentedUserQuery = QueryParams<'/api/identity/admin/users', 'get'>
export type AdminUserQuery = PagedQuery<DocumentedUserQuery>
export type AdminUserPage = ResponseBody<'/api/identity/admin/users', 'get'>
export type AdminUser = AdminUserPage['items'][number]
type DocumentedOrganizationQuery = QueryParams<'/api/identity/admin/organizations', 'get'>
export type AdminOrganizationQuery = PagedQuery<DocumentedOrganizationQuery>
export type AdminOrganizationPage = ResponseBody<'/api/identity/admin/organizations', 'get'>
export type AdminOrganization = AdminOrganizationPage['items'][number]
type DocumentedAuditQuery = QueryParams<'/api/identity/admin/audit-log', 'get'>
export type AuditQuery = PagedQuery<DocumentedAuditQuery>
export type AuditPage = ResponseBody<'/api/identity/admin/audit-log', 'get'>
export type AuditEntry = AuditPage['items'][number]

/** Organisation types a person can sign up as (PLATFORM is the operator's own organisation). */
export const SIGN_UP_TYPES = ['FACTORY', 'TRADING_COMPANY', 'BRAND', 'CREATOR', 'WORKER'] as const satisfies readonly SignUpOrganizationType[]
export const ORGANIZATION_TYPES = [...SIGN_UP_TYPES, 'PLATFORM'] as const satisfies readonly OrganizationType[]
export const USER_STATES = ['NORMAL', 'RESTRICTED', 'DISABLED'] as const satisfies readonly UserState[]
export const INVITABLE_ROLES = ['ADMIN', 'MEMBER'] as const satisfies readonly MembershipRole[]

/** Permission strings (module:resource:action) that drive the menu and page guards. */
export const Permissions = {
  memberRead: 'identity:member:read',
  memberInvite: 'identity:member:invite',
  userReadAll: 'identity:user:read-all',
  userChangeState: 'identity:user:change-state',
  organizationReadAll: 'identity:organization:read-all',
  auditRead: 'identity:audit:read',
  tokenManage: 'identity:token:manage',
  organizationCreate: 'identity:organization:create',
} as const

const MOBILE = /^1\d{10}$/

/** The single "mobile or e-mail" field: an 11-digit number starting with 1 is a mainland mobile number. */
export function splitLogin(login: string): { email: string } | { mobile: string } {
  const value = login.trim()
  return MOBILE.test(value) ? { mobile: value } : { email: value }
}

export const identityApi = {
  me: () => unwrap(api.GET('/api/identity/me')),
  login: (login: string, password: string) => unwrap(api.POST('/api/identity/login', { body: { login, password } })),
  logout: () => unwrap(api.POST('/api/identity/logout')),
  signUp: (body: SignUpRequest) => unwrap(api.POST('/api/identity/sign-up', { body })),
  updateMe: (body: UpdateMeRequest) => unwrap(api.PATCH('/api/identity/me', { body })),
  switchOrganization: (organizationId: string) =>
    unwrap(api.PUT('/api/identity/me/active-organization', { body: { organizationId } })),
  changePassword: (currentPassword: string, newPassword: string) =>
    unwrap(api.POST('/api/identity/me/password', { body: { currentPassword, newPassword } })),
  requestPasswordReset: (login: string) => unwrap(api.POST('/api/identity/password-resets', { body: { login } })),
  confirmPasswordReset: (login: string, code: string, newPassword: string) =>
    unwrap(api.POST('/api/identity/password-resets/confirm', { body: { login, code, newPassword } })),
  createOrganization: (body: CreateOrganizationRequest) => unwrap(api.POST('/api/identity/organizations', { body })),
  members: (organizationId: string) =>
    unwrap(api.GET('/api/identity/organizations/{organizationId}/members', { params: { path: { organizationId } } })),
  invitations: (organizationId: string) =>
    unwrap(api.GET('/api/identity/organizations/{organizationId}/invitations', { params: { path: { organizationId } } })),
  invite: (organizationId: string, body: InviteRequest) =>
    unwrap(api.POST('/api/identity/organizations/{organizationId}/invitations', { params: { path: { organizationId } }, body })),
  acceptInvitation: (code: string) => unwrap(api.POST('/api/identity/invitations/accept', { body: { code } })),
  tokens: () => unwrap(api.GET('/api/identity/tokens')),
  createToken: (body: CreateTokenRequest) => unwrap(api.POST('/api/identity/tokens', { body })),
  revokeToken: (id: string) => unwrap(api.DELETE('/api/identity/tokens/{id}', { params: { path: { id } } })),
  adminUsers: (query: AdminUserQuery) =>
    unwrap(api.GET('/api/identity/admin/users', { params: { query: asDocumentedQuery<DocumentedUserQuery>(query) } })),
  adminChangeUserState: (id: string, state: UserState, reason: string) =>
    unwrap(api.PUT('/api/identity/admin/users/{id}/state', { params: { path: { id } }, body: { state, reason } })),
  adminOrganizations: (query: AdminOrganizationQuery) =>
    unwrap(api.GET('/api/identity/admin/organizations', { params: { query: asDocumentedQuery<DocumentedOrganizationQuery>(query) } })),
  auditLog: (query: AuditQuery) =>
    unwrap(api.GET('/api/identity/admin/audit-log', { params: { query: asDocumentedQuery<DocumentedAuditQuery>(query) } })),
}
