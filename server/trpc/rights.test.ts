import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Right, ROLES, type Role } from '../../shared/roles';
import { createTestHarness, type TestHarness, type TestUser } from '../test/harness';
import type { Meta } from './init';
import { appRouter } from './router';

/**
 * Every procedure, called as every role and as a signed-out visitor, must answer
 * as the rights table says. A procedure without a rule, or a public one nobody
 * reviewed, fails here.
 */
const REVIEWED_PUBLIC = new Set([
  'auth.session',
  'auth.setup',
  'auth.signIn',
  'auth.signOut',
  // Invite and reset links: the unguessable one-time token is the credential.
  'auth.accountLink',
  'auth.setPasswordWithLink',
]);

type Procedure = { _def: { meta?: Meta; type: string } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    const result = await call();
    const iterator = result as AsyncIterator<unknown> | undefined;
    if (iterator && typeof iterator.return === 'function') await iterator.return();
    return 'allowed';
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHORIZED')) {
      // A procedure may refuse for its own reasons (deactivating oneself); the role gate's message is this one.
      if (error.message.startsWith('Your role') || error.message.startsWith('Sign in to continue'))
        return error.code;
    }
    return 'allowed';
  }
}

function callPath(caller: unknown, path: string): () => Promise<unknown> {
  const fn = path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input?: unknown,
  ) => Promise<unknown>;
  return () => fn(undefined);
}

describe('rights matrix', () => {
  let h: TestHarness;
  const users = {} as Record<Role, TestUser>;

  beforeAll(async () => {
    h = await createTestHarness();
    for (const role of ROLES) users[role] = await h.makeUser(role);
  });
  afterAll(() => h.close());

  it('has procedures to check', () => {
    expect(procedures.length).toBeGreaterThan(5);
  });

  it.each(procedures.map(([path, p]) => [path, p._def.meta?.access]))(
    '%s declares its access (%s)',
    (path, access) => {
      expect(access, `${path} has no access rule in its meta`).toBeDefined();
      if (access === 'public') {
        expect(REVIEWED_PUBLIC.has(path), `${path} is public but not in the reviewed public list`).toBe(true);
      }
    },
  );

  for (const [path, procedure] of procedures) {
    const access = procedure._def.meta?.access;
    it(`${path}: signed out`, async () => {
      const expected = access === 'public' ? 'allowed' : 'UNAUTHORIZED';
      expect(await outcome(callPath(h.caller(null), path))).toBe(expected);
    });
    for (const role of ROLES) {
      it(`${path}: as ${role}`, async () => {
        const allowed = access === 'public' || access === 'authed' || can(role, access as Right);
        expect(await outcome(callPath(h.caller(users[role]), path))).toBe(allowed ? 'allowed' : 'FORBIDDEN');
      });
    }
  }
});
