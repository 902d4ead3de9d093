/**
 * The layout of a story's shared Yjs document, the same for the editor and the server:
 * the body is an XML fragment bound to Tiptap; the short text fields are Y.Text each;
 * the rest of the story's content (byline, section, tags, …) sits in one Y.Map.
 */
export const COLLAB_PATH = '/collab';

export const BODY_FIELD = 'body';
export const TEXT_FIELDS = ['headline', 'kicker', 'summary', 'leadCaption'] as const;
export type CollabTextField = (typeof TEXT_FIELDS)[number];
export const META_MAP = 'meta';
export const META_FIELDS = [
  'byline',
  'authorIds',
  'sectionId',
  'tags',
  'slug',
  'leadMediaId',
  'seoTitle',
  'seoDescription',
] as const;
export type CollabMetaField = (typeof META_FIELDS)[number];
/** Every top-level name of the document: an update touching anything else is refused. */
export const COLLAB_ROOTS: readonly string[] = [BODY_FIELD, ...TEXT_FIELDS, META_MAP];

const PREFIX = 'story:';

export function storyDocumentName(articleId: string): string {
  return `${PREFIX}${articleId}`;
}

/** The story id of a document name, or null for a name that is not a story's. */
export function articleIdOfDocument(name: string): string | null {
  if (!name.startsWith(PREFIX)) return null;
  const id = name.slice(PREFIX.length);
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
}

/**
 * Why the server closed someone's document. A story document shares its WebSocket
 * with others, so it is closed by a message carrying only a reason: the kind goes
 * first, then the sentence the editor shows.
 */
export type CollabCloseKind =
  /** The change broke the story's rules (schema, field rights); the message says which. */
  | 'refused'
  /** The person lost the right to edit (role changed, deactivated). */
  | 'rights'
  /** The person is not signed in (any more): nothing can be sent until they sign in again. */
  | 'signed-out'
  /** The story is not there (purged, never existed) or not for this person to open. */
  | 'gone';

export function collabCloseReason(kind: CollabCloseKind, message: string): string {
  return `${kind}: ${message}`;
}

export function parseCollabClose(reason: string): { kind: CollabCloseKind | 'other'; message: string } {
  const match = /^(refused|rights|signed-out|gone): (.*)$/s.exec(reason);
  return match
    ? { kind: match[1] as CollabCloseKind, message: match[2] }
    : { kind: 'other', message: reason };
}
