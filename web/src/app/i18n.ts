import { createI18n } from 'vue-i18n'
import chatEn from '@/modules/chat/locales/en-US.json'
import chatZh from '@/modules/chat/locales/zh-CN.json'
import directoryEn from '@/modules/directory/locales/en-US.json'
import directoryZh from '@/modules/directory/locales/zh-CN.json'
import identityEn from '@/modules/identity/locales/en-US.json'
import identityZh from '@/modules/identity/locales/zh-CN.json'
import catalogEn from '@/modules/catalog/locales/en-US.json'
import catalogZh from '@/modules/catalog/locales/zh-CN.json'
import inventoryEn from '@/modules/inventory/locales/en-US.json'
import inventoryZh from '@/modules/inventory/locales/zh-CN.json'
import notifyEn from '@/modules/notify/locales/en-US.json'
import intelEn from '@/modules/intel/locales/en-US.json'
import intelZh from '@/modules/intel/locales/zh-CN.json'
import boardEn from '@/modules/board/locales/en-US.json'
import boardZh from '@/modules/board/locales/zh-CN.json'
import notifyZh from '@/modules/notify/locales/zh-CN.json'
import storeEn from '@/modules/store/locales/en-US.json'
import storeZh from '@/modules/store/locales/zh-CN.json'
import boardAdminEn from '@/modules/board/admin/admin-locales/en-US.json'
import boardAdminZh from '@/modules/board/admin/admin-locales/zh-CN.json'
import { DEFAULT_LOCALE, setActiveLocale, storedLocale, storeLocale, type AppLocale } from '@/shared/locale'
import sharedEn from '@/shared/locales/en-US.json'
import sharedZh from '@/shared/locales/zh-CN.json'

/** zh-CN is the source language: its shape is the schema every other locale must match. */
export type MessageSchema = typeof sharedZh &
  typeof identityZh &
  typeof notifyZh &
  typeof directoryZh &
  typeof catalogZh &
  typeof inventoryZh &
  typeof storeZh &
  typeof intelZh &
  typeof chatZh &
  typeof boardZh &
  typeof boardAdminZh

export const messages: Record<AppLocale, MessageSchema> = {
  'zh-CN': { ...sharedZh, ...identityZh, ...notifyZh, ...directoryZh, ...catalogZh, ...inventoryZh, ...storeZh, ...intelZh, ...chatZh, ...boardZh, ...boardAdminZh },
  'en-US': { ...sharedEn, ...identityEn, ...notifyEn, ...directoryEn, ...catalogEn, ...inventoryEn, ...storeEn, ...intelEn, ...chatEn, ...boardEn, ...boardAdminEn },
}

export function createAppI18n(locale: AppLocale = storedLocale() ?? DEFAULT_LOCALE) {
  setActiveLocale(locale)
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export const i18n = createAppI18n()

export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

/** Switches the UI language: messages, <html lang>, and the device's remembered choice. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  setActiveLocale(locale)
  storeLocale(locale)
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}
