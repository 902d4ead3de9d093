import { z } from 'zod';
import { ZChangeRoleInput, ZInviteUserInput, ZUserIdInput } from '../../../shared/auth/schemas';
import { roleProcedure, router } from '../../trpc/init';
import { changeUserRole } from './change-user-role';
import { inviteUser } from './invite-user';
import { resetUserPassword } from './reset-user-password';
import { setUserActive } from './set-user-active';
import { listStaffDirectory, listUsers } from './users.queries';

export const usersRouter = router({
  list: roleProcedure('users.manage').query(({ ctx }) => listUsers(ctx.db)),
  directory: roleProcedure('users.list').query(({ ctx }) => listStaffDirectory(ctx.db)),
  invite: roleProcedure('users.manage')
    .input(ZInviteUserInput)
    .mutation(({ ctx, input }) => inviteUser({ ctx, input })),
  changeRole: roleProcedure('users.manage')
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => changeUserRole({ ctx, input })),
  setActive: roleProcedure('users.manage')
    .input(ZUserIdInput.extend({ active: z.boolean() }))
    .mutation(({ ctx, input }) => setUserActive({ ctx, input })),
  resetPassword: roleProcedure('users.manage')
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => resetUserPassword({ ctx, input })),
});
