import { Bell, Box, Briefcase, ChatDotRound, ChatLineSquare, CollectionTag, Connection, DataAnalysis, DataLine, Document, DocumentChecked, EditPen, Files, Goods, Histogram, House, Memo, OfficeBuilding, Postcard, Shop, Stamp, Star, Tickets, TrendCharts, Upload, User, UserFilled } from '@element-plus/icons-vue'
import type { Component } from 'vue'
import { BoardPermissions } from '@/modules/board/api'
import { CatalogPermissions } from '@/modules/catalog/api'
import { ChatPermissions } from '@/modules/chat/api'
import ChatUnreadBadge from '@/modules/chat/components/ChatUnreadBadge.vue'
import { DirectoryPermissions } from '@/modules/directory/api'
import { Permissions } from '@/modules/identity/api'
import { InventoryPermissions } from '@/modules/inventory/api'
import { NotifyPermissions } from '@/modules/notify/api'
import { INTEL_READERS, IntelPermissions } from '@/modules/intel/api'
import { boardAdminMenuEntries } from '@/modules/board/admin/admin-routes'

export interface MenuEntry {
  path: string
  labelKey: string
  icon: Component
  /** Shown only with this permission (with a list: any of them). */
  permission?: string | readonly string[]
  /** Hidden with this permission (a factory onboards instead of verifying its company). */
  hiddenWith?: string
  /** Shown after the label (an unread count). */
  badge?: Component
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
      { path: '/directory', labelKey: 'menu.directory', icon: Shop, testId: 'menu-directory' },
      { path: '/directory/saved', labelKey: 'menu.saved', icon: Star, permission: DirectoryPermissions.favouriteManage, testId: 'menu-directory-saved' },
      { path: '/directory/my-factory', labelKey: 'menu.myFactory', icon: OfficeBuilding, permission: DirectoryPermissions.inquiryRead, testId: 'menu-my-factory' },
      { path: '/directory/onboarding', labelKey: 'menu.directoryOnboarding', icon: EditPen, permission: DirectoryPermissions.factoryOnboard, testId: 'menu-directory-onboarding' },
      { path: '/directory/verification', labelKey: 'menu.verification', icon: Stamp, permission: DirectoryPermissions.verificationSubmit, hiddenWith: DirectoryPermissions.factoryOnboard, testId: 'menu-verification' },
      { path: '/intel', labelKey: 'menu.intel', icon: DataLine, permission: INTEL_READERS, testId: 'menu-intel' },
      { path: '/intel/hot-products', labelKey: 'menu.intelHot', icon: TrendCharts, permission: INTEL_READERS, testId: 'menu-intel-hot' },
      { path: '/intel/weekly-report', labelKey: 'menu.intelReport', icon: Memo, permission: INTEL_READERS, testId: 'menu-intel-report' },
      // Platform staff are never a party to a conversation (seed 002 七), so the entry would only ever be empty.
      { path: '/chat', labelKey: 'menu.chat', icon: ChatDotRound, permission: ChatPermissions.read, hiddenWith: Permissions.organizationReadAll, badge: ChatUnreadBadge, testId: 'menu-chat' },
      { path: '/notifications', labelKey: 'menu.notifications', icon: Bell, permission: NotifyPermissions.read, testId: 'menu-notifications' },
      { path: '/catalog/products', labelKey: 'menu.products', icon: Goods, permission: CatalogPermissions.read, testId: 'menu-products' },
      { path: '/inventory/skus', labelKey: 'menu.stock', icon: Box, permission: InventoryPermissions.read, testId: 'menu-stock' },
      { path: '/organization', labelKey: 'menu.organization', icon: OfficeBuilding, permission: Permissions.memberRead, testId: 'menu-organization' },
      { path: '/profile', labelKey: 'menu.profile', icon: User, testId: 'menu-profile' },
    ],
  },
  {
    // 供需对接 (seed 002): what each side does — workers find jobs, factories quote and hire, buyers compare quotes.
    titleKey: 'board.menu.group',
    icon: Connection,
    entries: [
      { path: '/board', labelKey: 'board.menu.board', icon: Connection, testId: 'menu-board' },
      { path: '/board/jobs', labelKey: 'board.menu.jobs', icon: Briefcase, permission: BoardPermissions.applicationSubmit, testId: 'menu-board-jobs' },
      { path: '/board/applications', labelKey: 'board.menu.myApplications', icon: Postcard, permission: BoardPermissions.applicationSubmit, testId: 'menu-board-my-applications' },
      { path: '/board/publish', labelKey: 'board.menu.publish', icon: EditPen, permission: BoardPermissions.publish, hiddenWith: BoardPermissions.applicationSubmit, testId: 'menu-board-publish' },
      { path: '/board/mine', labelKey: 'board.menu.mine', icon: Document, permission: BoardPermissions.manage, hiddenWith: BoardPermissions.applicationSubmit, testId: 'menu-board-mine' },
      { path: '/board/rfqs', labelKey: 'board.menu.rfqs', icon: Histogram, permission: BoardPermissions.quoteDecide, testId: 'menu-board-rfqs' },
      { path: '/board/quotes', labelKey: 'board.menu.myQuotes', icon: Memo, permission: BoardPermissions.quoteSubmit, testId: 'menu-board-quotes' },
      { path: '/board/received-applications', labelKey: 'board.menu.receivedApplications', icon: Tickets, permission: BoardPermissions.applicationDecide, testId: 'menu-board-received' },
      { path: '/board/contacts', labelKey: 'board.menu.contacts', icon: ChatLineSquare, permission: BoardPermissions.contact, testId: 'menu-board-contacts' },
      { path: '/board/me', labelKey: 'board.menu.centre', icon: User, permission: BoardPermissions.contact, testId: 'menu-board-centre' },
    ],
  },
  {
    titleKey: 'menu.admin',
    icon: DataAnalysis,
    entries: [
      { path: '/admin/users', labelKey: 'menu.adminUsers', icon: UserFilled, permission: Permissions.userReadAll, testId: 'menu-admin-users' },
      { path: '/admin/organizations', labelKey: 'menu.adminOrganizations', icon: OfficeBuilding, permission: Permissions.organizationReadAll, testId: 'menu-admin-organizations' },
      { path: '/admin/directory/reviews', labelKey: 'menu.directoryReviews', icon: DocumentChecked, permission: DirectoryPermissions.reviewDecide, testId: 'menu-directory-reviews' },
      { path: '/admin/directory/tags', labelKey: 'menu.directoryTags', icon: CollectionTag, permission: DirectoryPermissions.taxonomyManage, testId: 'menu-directory-tags' },
      { path: '/admin/directory/imports', labelKey: 'menu.directoryImports', icon: Upload, permission: DirectoryPermissions.importManage, testId: 'menu-directory-imports' },
      { path: '/admin/intel/imports', labelKey: 'menu.intelImports', icon: Upload, permission: IntelPermissions.curate, testId: 'menu-intel-imports' },
      { path: '/admin/intel/curation', labelKey: 'menu.intelCuration', icon: Files, permission: IntelPermissions.curate, testId: 'menu-intel-curation' },
      { path: '/admin/audit-log', labelKey: 'menu.auditLog', icon: Document, permission: Permissions.auditRead, testId: 'menu-admin-audit-log' },
    ],
  },
  { titleKey: 'boardAdmin.menu.group', icon: Connection, entries: boardAdminMenuEntries },
]

/** The menu a user sees: entries they lack permission for vanish, and so do groups left empty. */
export function visibleMenu(can: (permission: string) => boolean): MenuGroup[] {
  const allowed = (p: string | readonly string[]) => (typeof p === 'string' ? can(p) : p.some(can))
  return menu
    .map((group) => ({ ...group, entries: group.entries.filter((e) => (!e.permission || allowed(e.permission)) && !(e.hiddenWith && can(e.hiddenWith))) }))
    .filter((group) => group.entries.length > 0)
}
