import { Bell, Box, DataAnalysis, Document, Goods, House, OfficeBuilding, User, UserFilled } from '@element-plus/icons-vue'
import type { Component } from 'vue'
import { CatalogPermissions } from '@/modules/catalog/api'
import { Permissions } from '@/modules/identity/api'
import { InventoryPermissions } from '@/modules/inventory/api'
import { NotifyPermissions } from '@/modules/notify/api'

export interface MenuEntry {
  path: string
  labelKey: string
  icon: Component
  /** Shown only with this permission. */
  permission?: string
  testId: string
}

export interface MenuGroup {
  /** Untitled groups render their entries at the top level. */
  titleKey?: string
  icon?: Component
  entries: MenuEntry[]
}

export const menu: MenuGroup[] = [
  {
    entries: [
      { path: '/', labelKey: 'menu.home', icon: House, testId: 'menu-home' },
      { path: '/notifications', labelKey: 'menu.notifications', icon: Bell, permission: NotifyPermissions.read, testId: 'menu-notifications' },
      { path: '/catalog/products', labelKey: 'menu.products', icon: Goods, permission: CatalogPermissions.read, testId: 'menu-products' },
      { path: '/inventory/skus', labelKey: 'menu.stock', icon: Box, permission: InventoryPermissions.read, testId: 'menu-stock' },
      { path: '/organization', labelKey: 'menu.organization', icon: OfficeBuilding, permission: Permissions.memberRead, testId: 'menu-organization' },
      { path: '/profile', labelKey: 'menu.profile', icon: User, testId: 'menu-profile' },
    ],
  },
  {
    titleKey: 'menu.admin',
    icon: DataAnalysis,
    entries: [
      { path: '/admin/users', labelKey: 'menu.adminUsers', icon: UserFilled, permission: Permissions.userReadAll, testId: 'menu-admin-users' },
      { path: '/admin/organizations', labelKey: 'menu.adminOrganizations', icon: OfficeBuilding, permission: Permissions.organizationReadAll, testId: 'menu-admin-organizations' },
      { path: '/admin/audit-log', labelKey: 'menu.auditLog', icon: Document, permission: Permissions.auditRead, testId: 'menu-admin-audit-log' },
    ],
  },
]

/** The menu a user sees: entries they lack permission for vanish, and so do groups left empty. */
export function visibleMenu(can: (permission: string) => boolean): MenuGroup[] {
  return menu
    .map((group) => ({ ...group, entries: group.entries.filter((e) => !e.permission || can(e.permission)) }))
    .filter((group) => group.entries.length > 0)
}
