import { test } from '@playwright/test';
import { startSecondInstance } from '../fixtures/second-instance';
import type { RunningServer } from '../fixtures/server-process';
import { STORAGE } from '../fixtures/staff';
import { offlineMergeJourney } from './journeys/offline-merge';
import { publishGateJourney } from './journeys/publish-gate';
import { typeTogetherJourney } from './journeys/type-together';

test.use({ storageState: STORAGE.admin });

/**
 * The co-editing journeys with the first person on the suite's server and the second on
 * another Barta process on the same PostgreSQL database, as behind a load balancer: what
 * one types reaches the other through the database (LISTEN/NOTIFY). A session lives in
 * the database and a cookie belongs to the host, not the port, so one sign-in serves both.
 */
test.describe('co-editing with the two people on two instances of one database', () => {
  test.skip(
    !process.env.TEST_DATABASE_URL,
    'needs PostgreSQL (TEST_DATABASE_URL): PGlite belongs to one process, so no second instance can share it',
  );
  let second: RunningServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    second = await startSecondInstance();
  });
  test.afterAll(async () => {
    await second?.stop();
  });

  test('two instances: both type into the same paragraph at once, and both sentences are kept', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await typeTogetherJourney({ page, browser, secondBaseURL: second!.baseURL });
  });

  test('two instances: one goes offline, types, reloads, comes back, and the text merges', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await offlineMergeJourney({ page, browser, secondBaseURL: second!.baseURL });
  });

  test('two instances: neither public site shows the story until Publish, nor the update until Publish update', async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    await publishGateJourney({ page, browser, secondBaseURL: second!.baseURL });
  });
});
