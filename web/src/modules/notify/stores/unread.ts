import { defineStore } from 'pinia'
import { ref } from 'vue'
import { notifyApi } from '../api'

export const UNREAD_POLL_MS = 60_000

/** The unread-notification count behind the header badge, polled every minute while the tab is visible. */
export const useUnreadStore = defineStore('notify-unread', () => {
  const count = ref(0)
  let timer: ReturnType<typeof setInterval> | undefined

  async function refresh(): Promise<void> {
    try {
      count.value = (await notifyApi.unreadCount()).count
    } catch {
      // Keep the last known count; the next poll tries again.
    }
  }

  function onVisible(): void {
    if (document.visibilityState === 'visible') void refresh()
  }

  function start(intervalMs = UNREAD_POLL_MS): void {
    stop()
    void refresh()
    timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh()
    }, intervalMs)
    document.addEventListener('visibilitychange', onVisible)
  }

  function stop(): void {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
    document.removeEventListener('visibilitychange', onVisible)
  }

  function markedOneRead(): void {
    count.value = Math.max(0, count.value - 1)
  }

  function markedAllRead(): void {
    count.value = 0
  }

  return { count, refresh, start, stop, markedOneRead, markedAllRead }
})
