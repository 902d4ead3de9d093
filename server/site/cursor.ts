/** A keyset position in a newest-first list: the last item's publication time (µs, UTC) and id. */
export interface Cursor {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque to readers and clients: base64url of `at|id`. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');
}

/** The cursor, or null when it is not one of ours (the caller answers 400). */
export function decodeCursor(value: string): Cursor | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const [at, id, extra] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !AT.test(at ?? '') || !UUID.test(id ?? '')) return null;
  if (Number.isNaN(Date.parse(at))) return null;
  return { at, id };
}
