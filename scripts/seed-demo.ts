// `npm run seed:demo`: loads the demo newsroom into the configured database
// (DATA_DIR's PGlite, created and migrated if new, or DATABASE_URL's PostgreSQL).
// While the server holds a PGlite DATA_DIR this refuses with the lock's message;
// an administrator can then load it through the running server (tRPC demo.seed).
import { ConfigError, readConfig } from '../server/config';
import { DataDirLockedError } from '../server/db/data-dir-lock';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { EventBus } from '../server/events/bus';
import { seedDemoNewsroom } from '../server/site/demo/seed-demo';

async function main() {
  const config = readConfig();
  const password = process.env.BARTA_DEMO_PASSWORD?.trim() || undefined;
  if (password && password.length < 10) {
    throw new ConfigError('Configuration error: BARTA_DEMO_PASSWORD must be at least 10 characters.');
  }
  const database = await openConfiguredDatabase(config, 'npm run seed:demo');
  try {
    const log = {
      error: (obj: unknown, msg?: string) => console.error(msg ?? '', obj),
      warn: (obj: unknown, msg?: string) => console.warn(msg ?? '', obj),
      info: () => {},
    };
    const result = await seedDemoNewsroom({ config, database, events: new EventBus(), log }, { password });
    console.log(
      `Demo newsroom loaded (${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}).`,
    );
    console.log(`Sections added: ${result.sectionsCreated}`);
    for (const user of result.users) {
      console.log(`  ${user.role.padEnd(8)} ${user.email}${user.created ? ' (new)' : ' (already there)'}`);
    }
    if (result.generatedPassword) {
      console.log(`Password of the new demo accounts (shown once): ${result.generatedPassword}`);
    } else if (password && result.users.some((u) => u.created)) {
      console.log('Password of the new demo accounts: the value of BARTA_DEMO_PASSWORD.');
    }
    const created = result.stories.filter((s) => s.created).length;
    console.log(`Stories: ${created} new, ${result.stories.length - created} already there.`);
    console.log(
      `The reference story: ${config.publicOrigin ?? `http://${config.host}:${config.port}`}${result.seedStoryPath}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(error.message);
  else console.error('The demo newsroom could not be loaded:', error);
  process.exit(1);
});
