/** Starts the HTTP server (and, with demo data enabled, fills an empty database first). */
import { createApp } from './app.js'
import { ConfigError, loadConfig, redactUrl } from './config.js'
import { buildServer } from './http/server.js'
import { loadDemoIfEmpty } from './services/demo/load-demo.js'
import { startEpcisCaptureWorker } from './workers/epcis-capture-worker.js'
import { startAlertSweep } from './workers/alert-sweep.js'
import { startWebhookDeliveryWorker } from './workers/webhook-delivery.js'
import { startRecallReminderWorker } from './workers/recall-reminders.js'
import { startConsoleRollupWorker } from './workers/console-rollups.js'

export async function serve(env: Record<string, string | undefined>): Promise<void> {
  const config = loadConfig(env)
  const app = await createApp(config)
  if (!config.adminToken) app.log.warn('ZHUISU_ADMIN_TOKEN is not set: the API accepts writes without a credential. Set it before exposing the platform.')
  if (config.demo) {
    const loaded = await loadDemoIfEmpty(app, { events: config.demoEvents, seed: 1 })
    if (loaded) {
      const { accounts, samples, ...counts } = loaded
      app.log.info({ ...counts, samples: samples.length }, 'demo data loaded')
      if (accounts.length > 0) app.log.info({ usernames: accounts.map((a) => a.username), password: accounts[0].password }, 'demo sign-ins created (listed on /account/login)')
    }
  }
  const server = await buildServer(app)
  const captureWorker = startEpcisCaptureWorker(app)
  const alertSweep = startAlertSweep(app)
  const webhookWorker = startWebhookDeliveryWorker(app)
  const recallWorker = startRecallReminderWorker(app)
  const consoleRollupWorker = startConsoleRollupWorker(app)
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await server.close()
    await captureWorker.stop()
    await alertSweep.stop()
    await webhookWorker.stop()
    await recallWorker.stop()
    await consoleRollupWorker.stop()
    await app.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  await server.listen({ port: config.port, host: config.host })
  app.log.info({ url: config.publicUrl, database: redactUrl(config.databaseUrl) }, 'Zhuisu is serving')
}

export function reportStartupFailure(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`)
  } else {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`Zhuisu could not start: ${message}\n`)
  }
  process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve(process.env).catch(reportStartupFailure)
}
