import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/**
 * Inserts many rows as one JSON parameter, unpacked by PostgreSQL with
 * jsonb_populate_recordset. Drizzle builds a multi-row VALUES list one bound value
 * at a time, which for a few hundred rows (a burst of scheduled publications)
 * costs more than the insert itself. A column any row names is written for every
 * row (null where a row leaves it out); the other columns take their defaults.
 * Values must be JSON-able: dates become ISO text.
 */
export async function insertMany<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  rows: Partial<T['$inferInsert']>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((key) => key in columns);
  const names = sql.raw(keys.map((key) => `"${columns[key].name}"`).join(', '));
  const payload = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const key of keys) {
      const value = (row as Record<string, unknown>)[key];
      if (value !== undefined)
        record[columns[key].name] = value instanceof Date ? value.toISOString() : value;
    }
    return record;
  });
  const tableName = sql.raw(`"${getTableName(table)}"`);
  await tx.execute(
    sql`insert into ${tableName} (${names})
      select ${names} from jsonb_populate_recordset(null::${tableName}, ${JSON.stringify(payload)}::jsonb)`,
  );
}
