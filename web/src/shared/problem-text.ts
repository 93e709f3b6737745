import { ProblemCodes, type Problem } from './api/problem'

type Translate = (key: string, named?: Record<string, unknown>) => string

const knownStatuses = new Set([400, 401, 403, 404, 409, 413, 422, 423, 429, 500, 502, 503, 504])

/**
 * The sentence to show for a problem. The server's `detail` is already in the user's language, so it wins;
 * the console only supplies text when there is none (network down, a proxy's error page).
 */
export function describeProblem(problem: Problem, t: Translate): string {
  if (problem.code === ProblemCodes.network) return t('problem.network')
  if (problem.detail) return problem.detail
  if (problem.title && problem.code !== ProblemCodes.unexpected) return problem.title
  if (knownStatuses.has(problem.status)) return t(`problem.status.${problem.status}`)
  return t('problem.unknown', { status: problem.status })
}
