import { afterEach } from 'vitest'
import { unmountAll } from './helpers'

// With isolate: false, files share modules: leave nothing mounted, stored or stubbed for the next test.
afterEach(() => {
  unmountAll()
  document.body.innerHTML = ''
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  localStorage.clear()
  sessionStorage.clear()
})
