import { activeLocale } from '@/shared/locale'
import { CSRF_COOKIE, CSRF_HEADER, CSRF_PATH, readDocumentCookie } from './client'
import { ApiError, parseProblem } from './problem'

/** The CSRF token cookie, fetched first when the browser has none yet. */
export async function csrfToken(): Promise<string | undefined> {
  let token = readDocumentCookie(CSRF_COOKIE)
  if (!token) {
    // absolute where there is a page: fetch outside a browser page (tests) needs it
    const url = typeof window === 'undefined' ? CSRF_PATH : new URL(CSRF_PATH, window.location.origin).toString()
    await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    token = readDocumentCookie(CSRF_COOKIE)
  }
  return token
}

/**
 * POSTs a multipart form with upload progress in per cent (fetch cannot report it), the CSRF token and language sent
 * like the typed client does; resolves with the JSON answer or rejects with the problem the server sent
 * ({@code client.network-error} when no answer came).
 */
export async function postFormWithProgress<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  const token = await csrfToken()
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Accept-Language', activeLocale())
    if (token) xhr.setRequestHeader(CSRF_HEADER, token)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    xhr.onload = () => {
      let body: unknown
      try {
        body = JSON.parse(xhr.responseText) as unknown
      } catch {
        body = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(new ApiError(parseProblem(xhr.status, body)))
    }
    xhr.onerror = () => reject(new ApiError(parseProblem(0, { code: 'client.network-error' })))
    xhr.send(form)
  })
}
