import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';

/**
 * A choice of one member of staff (the users directory), for filters: the first
 * option, value '', is "anyone" in the caller's words.
 */
export function StaffSelect({
  value,
  onChange,
  anyone,
  label,
}: {
  value: string;
  onChange: (userId: string) => void;
  anyone: string;
  /** An accessible name when the select is not inside a <label> that names it. */
  label?: string;
}) {
  const trpc = useTRPC();
  const staff = useQuery(trpc.users.directory.queryOptions());
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{anyone}</option>
      {staff.data?.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </select>
  );
}
