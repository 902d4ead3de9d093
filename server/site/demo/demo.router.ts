import { z } from 'zod';
import { roleProcedure, router } from '../../trpc/init';
import { seedDemoNewsroom } from './seed-demo';

// One seed at a time in this process: two at once would race on the same demo rows.
let running: Promise<unknown> = Promise.resolve();

export const demoRouter = router({
  /**
   * Loads the demo newsroom through the running server, which owns the PGlite data
   * directory (`npm run seed:demo` refuses while the server holds it).
   * `confirm: true` is required so nothing seeds a database by accident.
   */
  seed: roleProcedure('demo.seed')
    .input(z.object({ confirm: z.literal(true, { error: 'Confirm loading the demo newsroom.' }) }))
    .mutation(({ ctx }) => {
      const run = running.then(() =>
        seedDemoNewsroom(
          {
            config: ctx.config,
            database: ctx.database,
            events: ctx.events,
            log: ctx.log,
            requestedBy: ctx.user,
          },
          { password: process.env.BARTA_DEMO_PASSWORD || undefined },
        ),
      );
      running = run.catch(() => {});
      return run;
    }),
});
