import { ConfigError, readConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openConfiguredDatabase } from './db/open-from-config';
import { EventBus } from './events/bus';
import { ensureAdminFromEnvironment } from './features/auth/setup-admin';
import { resumeMediaProcessing } from './features/media/media-processing';
import { type BackgroundWork, startBackgroundWork } from './features/schedule/background';
import { buildApp } from './http/app';
import { mediaStoreFor } from './media-store';

async function main() {
  const config = readConfig();
  const database = await openConfiguredDatabase(config, `barta server on port ${config.port}`);
  if (config.admin) {
    const created = await ensureAdminFromEnvironment(database.db, config.admin);
    if (created) console.log(`Created administrator ${created.email} from BARTA_ADMIN_EMAIL.`);
  }
  const events = new EventBus();
  const app = await buildApp({ config, database, events });

  let background: BackgroundWork | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    await app.close().catch(() => {});
    await background?.stop().catch(() => {});
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // The scheduler publishes anything overdue at once, then wakes at each due time.
  background = await startBackgroundWork({ config, database, events, log: app.log });
  void resumeMediaProcessing({ db: database.db, store: mediaStoreFor(config), events, log: app.log }).catch(
    (error) => app.log.error({ err: error }, 'could not resume media processing'),
  );
  console.log(
    `Barta is running: dashboard http://${config.host}:${config.port}/admin, public site http://${config.host}:${config.port}/ (database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
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
