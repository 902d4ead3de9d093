/**
 * The newsroom's roles and what each may do: one table, enforced by the server
 * in every procedure and used by the client to show or hide actions.
 */
export const ROLES = ['admin', 'manager', 'editor', 'desk'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  manager: 'Manager',
  editor: 'Editor',
  desk: 'Desk',
};

const ALL: readonly Role[] = ROLES;

export const RIGHTS = {
  /** Invite users, change roles, deactivate. */
  'users.manage': ['admin'],
  /** See the staff directory (names for bylines, mentions, filters). */
  'users.list': ALL,
  'audit.read': ['admin', 'manager'],

  'articles.read': ALL,
  'articles.create': ['admin', 'manager', 'editor'],
  'articles.edit': ['admin', 'manager', 'editor'],
  'articles.submit': ['admin', 'manager', 'editor'],
  'articles.review': ['admin', 'manager'],
  'articles.publish': ['admin', 'manager', 'editor'],
  'articles.unpublish': ['admin', 'manager'],
  'articles.schedule': ['admin', 'manager', 'desk'],
  'articles.delete': ['admin', 'manager', 'editor'],
  'articles.restore': ['admin', 'manager'],
  'articles.purge': ['admin'],
  'articles.comment': ALL,
  'related.manage': ['admin', 'manager', 'editor', 'desk'],
  /** The desk's list of published stories linking to stories readers cannot open. */
  'related.broken_links': ['admin', 'manager', 'desk'],
  'sections.manage': ['admin', 'desk'],
  /** The site settings screen: masthead, imprint, default byline. */
  'site.manage': ['admin'],
  'media.upload': ALL,
  'media.edit': ALL,
  'media.delete': ['admin', 'manager', 'editor'],
  /** Load the demo newsroom (sections, staff, the reference story) into this installation. */
  'demo.seed': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Right = keyof typeof RIGHTS;

/**
 * Which right changes which part of a story. The server checks it on every
 * co-editing update (server/features/collab/update-guard.ts) as well as on saves.
 */
export const FIELD_RIGHTS = {
  body: 'articles.edit',
  headline: 'articles.edit',
  kicker: 'articles.edit',
  summary: 'articles.edit',
  leadCaption: 'articles.edit',
  /** Byline, authors, section, tags, slug, lead image, SEO fields. */
  meta: 'articles.edit',
} as const satisfies Record<string, Right>;

export type StoryField = keyof typeof FIELD_RIGHTS;

export function can(role: Role | null | undefined, right: Right): boolean {
  if (!role) return false;
  return (RIGHTS[right] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
