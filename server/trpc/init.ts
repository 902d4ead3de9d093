import { initTRPC, TRPCError } from '@trpc/server';
import { AppError } from '../../shared/errors';
import { can, type Right } from '../../shared/roles';
import type { Context } from './context';
import { describeError, GENERIC_MESSAGE, toTRPCError } from './errors';

/**
 * Every procedure declares who may call it in its meta. The rights test walks
 * the router and fails for a procedure that declares nothing.
 */
export interface Meta {
  access: 'public' | 'authed' | Right;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const described = describeError(error);
      return {
        ...shape,
        message: described.userMessage,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          userMessage: described.userMessage,
          fields: described.fields,
          details: described.details,
          requestId: ctx?.requestId,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * AppErrors become their tRPC code; anything else is logged and answered generically.
 * Every call's duration and outcome is also reported for /metrics.
 */
const mapErrors = t.middleware(async ({ ctx, next, path, type }) => {
  const started = performance.now();
  let result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) result = { ...result, error: toTRPCError(cause) };
    else if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      // The cause goes to the log, never to the caller.
      ctx.log.error({ err: cause ?? result.error, path }, 'procedure failed');
      result = {
        ...result,
        error: new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: GENERIC_MESSAGE }),
      };
    }
  }
  ctx.onProcedure?.({
    path,
    type,
    seconds: (performance.now() - started) / 1000,
    error: result.ok ? undefined : result.error.code,
  });
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors).meta({ access: 'public' });

const requireUser = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue: your session has ended.' });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in; `ctx.user` is non-null past this point. */
export const authedProcedure = t.procedure.use(mapErrors).use(requireUser).meta({ access: 'authed' });

/** Signed in and holding `right` in the rights table (shared/roles.ts). */
export function roleProcedure(right: Right) {
  return t.procedure
    .use(mapErrors)
    .use(requireUser)
    .use(({ ctx, next }) => {
      if (!can(ctx.user.role, right)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `Your role (${ctx.user.role}) does not allow this action.`,
        });
      }
      return next();
    })
    .meta({ access: right });
}
