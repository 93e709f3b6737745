import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createAppI18n, messages } from './i18n'

const SRC = join(__dirname, '..')

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  )
}

function files(dir: string, accept: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path, accept)
    return accept(path) ? [path] : []
  })
}

const localeDirs = [...new Set(files(SRC, (p) => /[/\\](admin-)?locales[/\\](zh-CN|en-US)\.json$/.test(p)).map((p) => join(p, '..')))]

describe('locale files', () => {
  it('exist for shared and for every module', () => {
    const found = localeDirs.map((d) => relative(SRC, d)).sort()
    expect(found).toEqual(expect.arrayContaining(['shared/locales', 'modules/identity/locales', 'modules/notify/locales']))
  })

  it.each(localeDirs.map((d) => [relative(SRC, d), d]))('%s: zh-CN and en-US have identical keys', (_name, dir) => {
    const zh = flatten(JSON.parse(readFileSync(join(dir, 'zh-CN.json'), 'utf8')) as Tree).sort()
    const en = flatten(JSON.parse(readFileSync(join(dir, 'en-US.json'), 'utf8')) as Tree).sort()
    expect(en.filter((k) => !zh.includes(k))).toEqual([])
    expect(zh.filter((k) => !en.includes(k))).toEqual([])
    expect(zh.length).toBeGreaterThan(0)
  })

  it('merge without one module overwriting another', () => {
    const total = localeDirs.reduce(
      (sum, dir) => sum + flatten(JSON.parse(readFileSync(join(dir, 'zh-CN.json'), 'utf8')) as Tree).length,
      0,
    )
    expect(flatten(messages['zh-CN'] as unknown as Tree)).toHaveLength(total)
    expect(flatten(messages['en-US'] as unknown as Tree)).toHaveLength(total)
  })

  it('compile in both languages (no stray @, |, { or } in messages)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const { global } = createAppI18n(locale)
      for (const key of flatten(messages[locale] as unknown as Tree)) {
        const text = global.t(key, { name: 'N', count: 1, seconds: 5, min: 8, max: 100, reason: 'R', status: 500, login: 'L', days: 30, page: 'P' })
        expect(text, `${locale} ${key}`).not.toBe(key)
        expect(text, `${locale} ${key}`).not.toMatch(/\{[a-z]+\}/)
      }
    }
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })

  it('contain every key the code asks for literally', () => {
    const zhKeys = new Set(flatten(messages['zh-CN'] as unknown as Tree))
    const sources = files(SRC, (p) => /\.(vue|ts)$/.test(p) && !/\.spec\.ts$|\.d\.ts$/.test(p))
    const used = new Set<string>()
    const patterns = [/\bt\(\s*'([A-Za-z][\w.-]*)'/g, /\bte\(\s*'([A-Za-z][\w.-]*)'/g, /(?:titleKey|labelKey):\s*'([A-Za-z][\w.-]*)'/g]
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.add(match[1]!)
    }
    expect(used.size).toBeGreaterThan(100)
    expect([...used].filter((k) => !zhKeys.has(k))).toEqual([])
  })

  it('name every value of the enums the UI translates by key', () => {
    const zh = new Set(flatten(messages['zh-CN'] as unknown as Tree))
    const expected = [
      ...['FACTORY', 'TRADING_COMPANY', 'BRAND', 'CREATOR', 'WORKER', 'PLATFORM'].map((v) => `identity.organization.type.${v}`),
      ...['FACTORY', 'TRADING_COMPANY', 'BRAND', 'CREATOR', 'WORKER'].map((v) => `identity.organization.typeDescription.${v}`),
      ...['OWNER', 'ADMIN', 'MEMBER', 'SUPER_ADMIN', 'REVIEWER', 'OPERATOR'].map((v) => `identity.organization.role.${v}`),
      ...['NORMAL', 'RESTRICTED', 'DISABLED'].map((v) => `identity.user.state.${v}`),
      ...['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'].map((v) => `identity.invitation.status.${v}`),
      ...['intel', 'trust', 'board', 'creator', 'omnichannel'].flatMap((p) => [`home.parts.${p}.title`, `home.parts.${p}.description`]),
    ]
    expect(expected.filter((k) => !zh.has(k))).toEqual([])
  })
})
