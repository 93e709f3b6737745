import { ElMessage } from 'element-plus'
import { onBeforeUnmount, onMounted, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { toProblem } from '@/shared/api'
import { describeProblem } from '@/shared/problem-text'

/** What every server-side import job has: the rest (counts, row errors) is the page's to show. */
export interface ImportJobBase {
  id: string
  status: string
}

export interface ImportJobSource<Job extends ImportJobBase, Summary extends { id: string }> {
  /** The recent jobs, newest first. */
  list: () => Promise<Summary[]>
  /** One job with its progress and row errors. */
  get: (id: string) => Promise<Job>
  /** Sends the file, reporting upload progress in per cent, and answers the queued job. */
  upload: (file: File, onProgress: (percent: number) => void) => Promise<Job>
  /** The list's row for a job just read (the same object when the list holds whole jobs). */
  summary: (job: Job) => Summary
  /** The message when "upload" is pressed without a file. */
  needFile: () => string
}

export interface ImportJobs<Job extends ImportJobBase, Summary extends { id: string }> {
  file: ShallowRef<File | null>
  uploading: Ref<boolean>
  uploadProgress: Ref<number>
  uploadError: Ref<string>
  jobs: Ref<Summary[]>
  listError: Ref<string>
  selected: ShallowRef<Job | null>
  onFile: (event: Event) => void
  loadJobs: () => Promise<void>
  follow: (id: string) => Promise<void>
  upload: () => Promise<void>
}

/** Queued and running jobs are read again every second. */
export function isRunning(status: string): boolean {
  return status === 'QUEUED' || status === 'RUNNING'
}

export function statusType(status: string): 'success' | 'danger' | 'info' {
  return status === 'DONE' ? 'success' : status === 'FAILED' ? 'danger' : 'info'
}

/**
 * An operator's import page: choose a file, upload it with progress, then follow the job (read again every second
 * while it runs) with the list of recent jobs beside it kept in step. Loads the list when the page mounts and stops
 * following when it unmounts.
 */
export function useImportJobs<Job extends ImportJobBase, Summary extends { id: string }>(
  source: ImportJobSource<Job, Summary>,
): ImportJobs<Job, Summary> {
  const { t } = useI18n()
  const file = shallowRef<File | null>(null)
  const uploading = ref(false)
  const uploadProgress = ref(0)
  const uploadError = ref('')
  const jobs = ref([]) as Ref<Summary[]>
  const listError = ref('')
  const selected: ShallowRef<Job | null> = shallowRef(null)
  let timer: ReturnType<typeof setTimeout> | undefined

  function onFile(event: Event): void {
    const input = event.target as HTMLInputElement
    file.value = input.files?.[0] ?? null
    uploadError.value = ''
  }

  async function loadJobs(): Promise<void> {
    listError.value = ''
    try {
      jobs.value = await source.list()
    } catch (cause) {
      listError.value = describeProblem(toProblem(cause), t)
    }
  }

  async function follow(id: string): Promise<void> {
    clearTimeout(timer)
    try {
      const job = await source.get(id)
      selected.value = job
      jobs.value = [source.summary(job), ...jobs.value.filter((j) => j.id !== job.id)]
      if (isRunning(job.status)) timer = setTimeout(() => void follow(id), 1000)
    } catch (cause) {
      ElMessage.error(describeProblem(toProblem(cause), t))
    }
  }

  async function upload(): Promise<void> {
    if (!file.value) {
      uploadError.value = source.needFile()
      return
    }
    uploading.value = true
    uploadError.value = ''
    uploadProgress.value = 0
    try {
      const job = await source.upload(file.value, (p) => (uploadProgress.value = p))
      selected.value = job
      await follow(job.id)
    } catch (cause) {
      uploadError.value = describeProblem(toProblem(cause), t)
    } finally {
      uploading.value = false
    }
  }

  onMounted(() => void loadJobs())
  onBeforeUnmount(() => clearTimeout(timer))
  return { file, uploading, uploadProgress, uploadError, jobs, listError, selected, onFile, loadJobs, follow, upload }
}
