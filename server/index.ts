import { ConfigError, readConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openConfiguredDatabase } from './db/open-from-config';
import { EventBus } from './events/bus';
import { ensureAdminFromEnvironment } from './features/auth/setup-admin';
import { resumeMediaProcessing } from './features/media/media-processing';
import { clearStaleStagedFiles } from './features/media/staged-file';
import { sweepMediaOrphans } from './features/media/sweep-media-orphans';
import { type BackgroundWork, startBackgroundWork } from './features/schedule/background';
import { buildApp } from './http/app';
import { mediaStoreFor } from './media-store';
import { Lifecycle } from './ops/lifecycle';
import { BartaMetrics } from './ops/metrics';
import { startMetricsServer } from './ops/metrics-server';
import { shutDown } from './ops/shutdown';

async function main() {
  const config = readConfig();
  const database = await openConfiguredDatabase(config, `barta server on port ${config.port}`);
  const events = new EventBus();
  const lifecycle = new Lifecycle();
  const metrics = new BartaMetrics();
  const app = await buildApp({ config, database, events, lifecycle, metrics });
  if (config.admin) {
    const created = await ensureAdminFromEnvironment(database.db, config.admin);
    if (created) app.log.info({ email: created.email }, 'created the administrator from BARTA_ADMIN_EMAIL');
  }

  let background: BackgroundWork | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  const metricsServer = config.metrics.port
    ? await startMetricsServer({ config, database, lifecycle, metrics }, config.metrics.port)
    : undefined;
  const stop = (signal: string) =>
    void shutDown(
      {
        app,
        lifecycle,
        log: app.log,
        drainDelayMs: config.shutdown.drainDelayMs,
        timeoutMs: config.shutdown.timeoutMs,
        release: [
          // The scheduler finishes its batch and commits; its row locks go with the transaction.
          ['background work', async () => background?.stop()],
          ['orphan sweep', async () => clearInterval(sweepTimer)],
          ['metrics port', async () => metricsServer?.close()],
          ['database', () => database.close()],
        ],
        exit: (code) => process.exit(code),
      },
      signal,
    );
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // The scheduler publishes anything overdue at once, then wakes at each due time.
  background = await startBackgroundWork({ config, database, events, log: app.log });
  const store = mediaStoreFor(config);
  const tmpDir = config.uploadTmpDir;
  void resumeMediaProcessing({ db: database.db, store, events, log: app.log, tmpDir }).catch((error) =>
    app.log.error({ err: error }, 'could not resume media processing'),
  );
  // Temp files of uploads a killed process was receiving (the daily sweep repeats this).
  void clearStaleStagedFiles(tmpDir).catch(() => {});
  // Daily, on every instance (it is idempotent): files no media row names, older than a day.
  sweepTimer = setInterval(
    () =>
      void sweepMediaOrphans({ db: database.db, store, log: app.log, tmpDir }).catch((error) =>
        app.log.error({ err: error }, 'media orphan sweep failed'),
      ),
    24 * 3600_000,
  );
  sweepTimer.unref();
  app.log.info(
    {
      dashboard: `http://${config.host}:${config.port}/admin`,
      site: `http://${config.host}:${config.port}/`,
      database: database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL',
      mediaStore: store.kind,
      metricsPort: config.metrics.port,
    },
    'Barta is running',
  );
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Barta could not start:', error);
  }
  process.exit(1);
});
