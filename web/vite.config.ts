import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vitest/config'

// Vitest sets VITEST; the tests mount real Element Plus components but need no CSS.
const underTest = process.env.VITEST !== undefined
const backend = process.env.RS_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // Element Plus on demand: components and directives used in templates are imported per file
    // (with their CSS); ElMessage / ElMessageBox are imported explicitly where used.
    Components({
      dirs: [],
      dts: 'src/components.d.ts',
      resolvers: [ElementPlusResolver({ importStyle: underTest ? false : 'css', directives: true })],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/v3': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Two cores are shared with the Java build; keep the pool small.
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 10_000,
    restoreMocks: true,
    unstubGlobals: true,
    // Test files share one module graph per worker: Element Plus is evaluated once per worker, not once per file.
    // Each test builds its own Pinia, router and fake server, and resets the shared i18n locale.
    isolate: false,
    server: {
      deps: {
        // Run Element Plus through Vite as the browser build does: loaded by Node directly, its default import of
        // the CommonJS async-validator is the module object, and every form validation silently passes.
        inline: ['element-plus'],
      },
    },
  },
})
