import { defineStore } from 'pinia'
import { ref } from 'vue'
import { chatApi } from '../api'

export const CHAT_UNREAD_POLL_MS = 30_000

/** Unread messages of the active organisation, behind the menu badge: polled while the tab is visible. */
export const useChatUnreadStore = defineStore('chat-unread', () => {
  const count = ref(0)
  const conversations = ref(0)
  let timer: ReturnType<typeof setInterval> | undefined

  async function refresh(): Promise<void> {
    try {
      const unread = await chatApi.unreadCount()
      count.value = unread.count ?? 0
      conversations.value = unread.conversations ?? 0
    } catch {
      // Keep the last known count; the next poll tries again.
    }
  }

  function onVisible(): void {
    if (document.visibilityState === 'visible') void refresh()
  }

  function start(intervalMs = CHAT_UNREAD_POLL_MS): void {
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

  return { count, conversations, refresh, start, stop }
})
