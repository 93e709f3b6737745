import { describe, expect, it } from 'vitest'
import { fieldErrorMap, numericExtra, parseProblem, stringExtra, toProblem, ApiError } from './problem'

describe('parseProblem', () => {
  it('reads the standard members, the code, field errors and extra members', () => {
    const problem = parseProblem(400, {
      type: 'https://docs.realsourcing.com/problems/shared.validation',
      title: 'Bad Request',
      status: 400,
      detail: '请检查填写的内容',
      instance: '/api/identity/sign-up',
      code: 'shared.validation',
      errors: [
        { field: 'password', code: 'shared.size', message: '密码至少 8 位' },
        { field: 'email', code: 'shared.email', message: '邮箱格式不正确' },
      ],
      retryAfterSeconds: 30,
    })
    expect(problem.status).toBe(400)
    expect(problem.code).toBe('shared.validation')
    expect(problem.detail).toBe('请检查填写的内容')
    expect(problem.errors).toHaveLength(2)
    expect(problem.extras).toEqual({ retryAfterSeconds: 30 })
    expect(numericExtra(problem, 'retryAfterSeconds')).toBe(30)
  })

  it('turns field errors into a map keyed by form field, joining repeated fields and renaming', () => {
    const problem = parseProblem(400, {
      status: 400,
      code: 'shared.validation',
      errors: [
        { field: 'password', code: 'a', message: '密码至少 8 位' },
        { field: 'password', code: 'b', message: '密码不能与账号相同' },
        { field: 'mobile', code: 'c', message: '手机号已注册' },
        { field: 'broken' },
        'not an object',
      ],
    })
    expect(fieldErrorMap(problem, { mobile: 'login', email: 'login' })).toEqual({
      password: '密码至少 8 位；密码不能与账号相同',
      login: '手机号已注册',
    })
    expect(fieldErrorMap(null)).toEqual({})
  })

  it('copes with bodies that are not problem documents', () => {
    const fromHtml = parseProblem(502, '<html>Bad Gateway</html>')
    expect(fromHtml.status).toBe(502)
    expect(fromHtml.errors).toEqual([])
    expect(fromHtml.code).toBeUndefined()
    const fromNothing = parseProblem(500, undefined)
    expect(fromNothing).toMatchObject({ status: 500, errors: [], extras: {} })
  })

  it('reads string extras such as the reason an account was disabled', () => {
    const problem = parseProblem(403, { status: 403, code: 'identity.account-disabled', reason: '多次违规刷单' })
    expect(stringExtra(problem, 'reason')).toBe('多次违规刷单')
    expect(numericExtra(problem, 'reason')).toBeUndefined()
  })

  it('maps thrown errors to problems: ApiError keeps its problem, anything else is a network failure', () => {
    const original = parseProblem(409, { status: 409, code: 'identity.login-taken', detail: '该手机号已注册' })
    expect(toProblem(new ApiError(original))).toBe(original)
    expect(toProblem(new TypeError('Failed to fetch'))).toMatchObject({ status: 0, code: 'client.network-error' })
  })
})
