import { sql } from 'drizzle-orm';
import type { SetupInput } from '../../../shared/auth/schemas';
import { AppError } from '../../../shared/errors';
import { STARTER_SECTIONS } from '../../../shared/sections/schemas';
import type { Db } from '../../db/client';
import { sections, users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { insertSections } from '../sections/create-sections';
import { announceSiteChange } from '../site/public-site-cache';
import { hashPassword } from './password';
import { createSession, SESSION_COOKIE } from './sessions';

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row.n;
}

/**
 * Creates the first administrator. Allowed only while no user exists; the
 * advisory lock makes two simultaneous setups (two tabs, two instances) create one.
 */
async function insertFirstAdmin(db: Db, input: SetupInput, via: 'setup' | 'environment') {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('barta.setup'))`);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if (n > 0) return null;
    const [admin] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: 'admin', passwordHash, language: input.language })
      .returning({ id: users.id, email: users.email, name: users.name });
    await writeAudit(tx, {
      actorId: admin.id,
      action: 'user.setup',
      entityType: 'user',
      entityId: admin.id,
      after: { email: admin.email, name: admin.name, role: 'admin' },
      meta: { via },
    });
    // An unattended install gets the starter set too, unless its sections came some other way.
    const [{ existing }] = await tx.select({ existing: sql<number>`count(*)::int` }).from(sections);
    if (via === 'setup' || existing === 0) await insertSections(tx, input.sections, admin.id);
    return admin;
  });
}

export async function setupAdmin({ ctx, input }: { ctx: Context; input: SetupInput }) {
  const admin = await insertFirstAdmin(ctx.db, input, 'setup');
  announceSiteChange(ctx.events);
  if (!admin) {
    throw new AppError('CONFLICT', {
      userMessage: 'Barta is already set up. Sign in with your account instead.',
    });
  }
  const session = await createSession(ctx.db, {
    userId: admin.id,
    days: ctx.config.sessionDays,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  ctx.cookies.set(SESSION_COOKIE, session.token, { maxAgeSeconds: ctx.config.sessionDays * 86_400 });
  return {
    id: admin.id,
    email: admin.email,
    name: admin.name,
    role: 'admin' as const,
    mustChangePassword: false,
    language: input.language,
  };
}

/**
 * BARTA_ADMIN_EMAIL/PASSWORD: unattended installs get their administrator at start, and
 * the starter sections the setup screen would offer (there is no screen to offer them).
 */
export async function ensureAdminFromEnvironment(db: Db, admin: { email: string; password: string }) {
  return insertFirstAdmin(
    db,
    {
      email: admin.email,
      password: admin.password,
      name: 'Administrator',
      sections: STARTER_SECTIONS.map((s) => ({ ...s })),
      language: 'bn',
    },
    'environment',
  );
}
