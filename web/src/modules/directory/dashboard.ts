/** The dashboard's tabs, and where each `missing` item of the completeness check is fixed. */
export type DashboardTab = 'profile' | 'certifications' | 'products' | 'media' | 'social' | 'inquiries'

export const MISSING_TAB: Record<string, DashboardTab> = {
  description: 'profile',
  basics: 'profile',
  capacity: 'profile',
  exportCountries: 'profile',
  certifications: 'certifications',
  products: 'products',
  media: 'media',
  socialAccounts: 'social',
}
