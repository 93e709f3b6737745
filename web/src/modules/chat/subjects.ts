import type { RouteLocationRaw } from 'vue-router'

/**
 * What a conversation is about lives in another module (`board.posting`, `directory.inquiry`). A module that has a
 * page for its subjects registers how to reach one, so the conversation header links back to the posting.
 */
const links = new Map<string, (subjectId: string) => RouteLocationRaw>()

export function registerSubjectLink(subjectType: string, link: (subjectId: string) => RouteLocationRaw): void {
  links.set(subjectType, link)
}

export function subjectLink(subjectType: string, subjectId: string): RouteLocationRaw | undefined {
  return links.get(subjectType)?.(subjectId)
}

/** The i18n key of a subject type's label: `board.posting` → `chat.subjectTypes.board_posting`. */
export function subjectTypeKey(subjectType: string): string {
  return `chat.subjectTypes.${subjectType.replace(/[^a-z0-9]+/gi, '_')}`
}
