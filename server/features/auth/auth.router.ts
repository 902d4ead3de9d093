import {
  ZAccountLinkInput,
  ZChangePasswordInput,
  ZSetLanguageInput,
  ZSetPasswordWithLinkInput,
  ZSetupInput,
  ZSignInInput,
} from '../../../shared/auth/schemas';
import { authedProcedure, publicProcedure, router } from '../../trpc/init';
import { changePassword } from './change-password';
import { setLanguage } from './set-language';
import { countUsers, setupAdmin } from './setup-admin';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { describeAccountLink, setPasswordWithLink } from './use-account-link';

export const authRouter = router({
  /** What the dashboard needs before anything else: is setup due, who am I. */
  session: publicProcedure.query(async ({ ctx }) => ({
    user: ctx.user,
    needsSetup: ctx.user ? false : (await countUsers(ctx.db)) === 0,
    timeZone: ctx.config.timeZone,
    /** Where readers find the site ("View on site", permalinks); null: this address. */
    publicOrigin: ctx.config.publicOrigin ?? null,
  })),
  setup: publicProcedure.input(ZSetupInput).mutation(({ ctx, input }) => setupAdmin({ ctx, input })),
  signIn: publicProcedure.input(ZSignInInput).mutation(({ ctx, input }) => signIn({ ctx, input })),
  signOut: publicProcedure.mutation(({ ctx }) => signOut({ ctx })),
  /** The set-password page: whose invite or reset link this is (the 256-bit token is the credential). */
  accountLink: publicProcedure
    .input(ZAccountLinkInput)
    .query(({ ctx, input }) => describeAccountLink(ctx, input.token)),
  setPasswordWithLink: publicProcedure
    .input(ZSetPasswordWithLinkInput)
    .mutation(({ ctx, input }) => setPasswordWithLink({ ctx, input })),
  changePassword: authedProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword({ ctx, input })),
  setLanguage: authedProcedure
    .input(ZSetLanguageInput)
    .mutation(({ ctx, input }) => setLanguage({ ctx, input })),
});
