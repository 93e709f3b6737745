import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { toProblem } from '@/shared/api'
import { describeProblem } from '@/shared/problem-text'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** 1.2 MB, 340 KB: how much of a download has arrived. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}

/**
 * Saves a streamed spreadsheet: the bytes are counted as they arrive (the server writes while it reads, so there is
 * no total to show a percentage of), then handed to the browser as a file.
 */
export function useDownload() {
  const { t } = useI18n()
  const busy = ref(false)
  const received = ref(0)
  const done = ref(false)
  const error = ref('')

  async function save(start: () => Promise<unknown>, filename: string): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    done.value = false
    received.value = 0
    error.value = ''
    try {
      // openapi-fetch hands the body over as it came (parseAs: 'stream')
      const stream = (await start()) as ReadableStream<Uint8Array<ArrayBuffer>> | null
      const chunks: BlobPart[] = []
      if (stream) {
        const reader = stream.getReader()
        for (;;) {
          const { done: finished, value } = await reader.read()
          if (finished) break
          chunks.push(value)
          received.value += value.byteLength
        }
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: XLSX }))
      const link = document.createElement('a')
      link.href = url
      link.download = filename
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      done.value = true
      return true
    } catch (cause) {
      error.value = describeProblem(toProblem(cause), t)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, received, done, error, save }
}
