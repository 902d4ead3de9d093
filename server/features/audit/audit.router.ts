import { ZAuditListInput } from '../../../shared/audit/schemas';
import { roleProcedure, router } from '../../trpc/init';
import { listAudit } from './audit.queries';

export const auditRouter = router({
  list: roleProcedure('audit.read')
    .input(ZAuditListInput)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
