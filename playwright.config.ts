import { defineConfig } from '@playwright/test'

// Parallel local runs (several people or agents on one machine) can pick their own port and output.
const port = Number(process.env.DPO_E2E_PORT ?? 4321)
const outputDir = process.env.DPO_E2E_OUT ?? 'test-results'
export default defineConfig({
  testDir: 'test/e2e',
  outputDir,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  webServer: {
    // The web shell over a throw-away workspaces folder; the token is fixed for the test run only.
    command: `node out/node/web.js --port ${port} --dir ${outputDir}/workspaces --token e2e-token --fresh`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    }
  }
})
