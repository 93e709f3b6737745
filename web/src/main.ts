import 'element-plus/theme-chalk/base.css'
// Styles for the components called from script (templates get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import 'dayjs/locale/zh-cn'
import './styles/main.css'
import { ElMessage } from 'element-plus'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { i18n, setLocale } from '@/app/i18n'
import { createAppRouter } from '@/app/router'
import { useSessionStore } from '@/app/stores/session'
import { onSessionExpired } from '@/shared/api'
import App from './App.vue'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(i18n).use(router)
setLocale(i18n.global.locale.value)

onSessionExpired(() => {
  const session = useSessionStore()
  if (!session.loggedIn) return
  session.expire()
  ElMessage.warning(i18n.global.t('problem.sessionExpired'))
  const current = router.currentRoute.value
  if (!current.meta.public) void router.replace({ name: 'login', query: { redirect: current.fullPath } })
})

void router.isReady().then(() => app.mount('#app'))
