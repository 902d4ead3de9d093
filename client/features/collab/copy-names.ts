/**
 * Where a tab keeps its copy of a story's shared document on this device: an IndexedDB
 * database per story and tab, and (as the page closes) a localStorage entry with the
 * last state, written synchronously.
 */
export const COPY_PREFIX = 'barta-collab:';
export const CLOSING_PREFIX = 'barta-collab-closing:';

/** This tab's own local copy of a story's shared document: two tabs never share one. */
export function copyName(articleId: string, tab: string): string {
  return `${COPY_PREFIX}${articleId}:${tab}`;
}

export function closingKey(articleId: string, tab: string): string {
  return `${CLOSING_PREFIX}${articleId}:${tab}`;
}

export interface LeftCopy {
  articleId: string;
  tabId: string;
  /** An IndexedDB database (the copy) or a localStorage key (the closing state). */
  kind: 'database' | 'closing';
  name: string;
}

function parse(name: string, prefix: string, kind: LeftCopy['kind']): LeftCopy | null {
  if (!name.startsWith(prefix)) return null;
  const [articleId, tabId, ...rest] = name.slice(prefix.length).split(':');
  if (!articleId || !tabId || rest.length > 0) return null;
  return { articleId, tabId, kind, name };
}

/** The copies and closing states among this device's database names and localStorage keys. */
export function findLeftCopies(databases: readonly string[], storageKeys: readonly string[]): LeftCopy[] {
  return [
    ...databases.map((name) => parse(name, COPY_PREFIX, 'database')),
    ...storageKeys.map((key) => parse(key, CLOSING_PREFIX, 'closing')),
  ].filter((copy): copy is LeftCopy => copy !== null);
}

/** The copies of closed tabs, story by story (each story's are merged and sent together). */
export function closedCopiesByStory(
  copies: readonly LeftCopy[],
  closedTabs: ReadonlySet<string>,
): Map<string, LeftCopy[]> {
  const byStory = new Map<string, LeftCopy[]>();
  for (const copy of copies) {
    if (!closedTabs.has(copy.tabId)) continue;
    byStory.set(copy.articleId, [...(byStory.get(copy.articleId) ?? []), copy]);
  }
  return byStory;
}
