import { ARTICLE_STATUSES } from '../articles/status';
import { isRole } from '../roles';

/** One audit row as the log screen receives it. */
export interface AuditEntryView {
  action: string;
  entityType: string;
  entityId: string;
  /** The story's headline, the user's or the section's name, when it still exists. */
  subject: string | null;
  before: unknown;
  after: unknown;
  meta: unknown;
}

export interface AuditDiffLine {
  /** The field's code (for a key), and its label in the reader's language. */
  key: string;
  field: string;
  before: string;
  after: string;
}

export interface AuditDescription {
  /** What happened, in plain words, without the actor: "scheduled “…” for ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম". */
  text: string;
  /** The dashboard path of the thing changed, when there is a screen for it. */
  href: string | null;
  diff: AuditDiffLine[];
}

/**
 * The reader's words: a catalog lookup (keys under `audit.`, `statuses.`, `roles.`) and
 * the dashboard's one date style. The client passes i18next's `t` and useFormat(); the
 * rules of what to say live only here, the words only in the catalogs.
 */
export interface AuditWords {
  t: (key: string, params?: Record<string, unknown>) => string;
  /** A key the catalog has, for codes read from the row (verbs, fields). */
  has: (key: string) => boolean;
  dateTime: (iso: string) => string;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;
const MAX_VALUE = 80;
const STATUS_SET = new Set<string>(ARTICLE_STATUSES);

function showValue(field: string, value: unknown, words: AuditWords): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string' && STATUS_SET.has(value))
    return words.t(`statuses.${value}`);
  if (field === 'role' && isRole(value)) return words.t(`roles.${value}`);
  if (typeof value === 'boolean') return words.t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'string' && ISO.test(value)) return words.dateTime(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** The fields that changed between before and after, labelled, with short readable values. */
export function auditDiff(before: unknown, after: unknown, words: AuditWords): AuditDiffLine[] {
  const b = asObj(before);
  const a = asObj(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      key: k,
      field: words.has(`audit.fields.${k}`) ? words.t(`audit.fields.${k}`) : k,
      before: showValue(k, b[k], words),
      after: showValue(k, a[k], words),
    }));
}

const ENTITY_PATHS: Record<string, string> = {
  user: '/users',
  section: '/sections',
  media: '/media',
  site: '/settings',
};

// Status changes the words already say: the diff keeps what else changed.
const SAYS_STATUS = new Set(['submit', 'send_back', 'approve', 'publish', 'unpublish', 'archive', 'reopen']);
const WITH_NOTE = new Set(['submit', 'send_back', 'approve', 'publish_update', 'unpublish']);
const SUBJECT_PARAM: Record<string, [param: string, fallback: string]> = {
  article: ['story', 'audit.aStory'],
  user: ['person', 'audit.aUser'],
  section: ['section', 'audit.aSection'],
  media: ['image', 'audit.anImage'],
};

/** Words for each action in the reader's language; the actor's name goes before them on screen. */
export function describeAudit(entry: AuditEntryView, words: AuditWords): AuditDescription {
  const { t } = words;
  const before = asObj(entry.before);
  const after = asObj(entry.after);
  const meta = asObj(entry.meta);
  const type = entry.entityType;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const subjectName =
    entry.subject ?? str(after.headline) ?? str(before.headline) ?? str(after.name) ?? str(after.nameBn);
  const [, action = entry.action] = entry.action.split('.');
  // One audit action, two sentences: a second publication, a correction rather than an update.
  const verb =
    type === 'article' && action === 'publish' && meta.republish
      ? 'republish'
      : type === 'article' && action === 'publish_update' && meta.kind === 'correction'
        ? 'publish_correction'
        : action;
  const spoken = verb.replace(/_/g, ' ');
  // A creation has no "before": the words say what was made, a list of every field would be noise.
  let diff = entry.before ? auditDiff(entry.before, entry.after, words) : [];
  const href = type === 'article' ? `/stories/${entry.entityId}` : (ENTITY_PATHS[type] ?? null);

  let text: string;
  const subject = SUBJECT_PARAM[type];
  if (subject) {
    const [param, fallback] = subject;
    const named = subjectName ? t('audit.quoted', { text: subjectName }) : t(fallback);
    const when =
      str(meta.publishAt) && ISO.test(meta.publishAt as string)
        ? words.dateTime(meta.publishAt as string)
        : '';
    const key = `audit.${type}.${verb}`;
    if (words.has(key)) text = t(key, { [param]: named, when });
    else if (type === 'section') text = t('audit.section.unknown', { verb: spoken, section: named });
    else text = t('audit.unknown', { verb: spoken, subject: named });
    const note = str(meta.note) ?? str(meta.reason);
    if (type === 'article' && note && WITH_NOTE.has(action)) text = t('audit.withNote', { text, note });
    if (type === 'article' && SAYS_STATUS.has(action)) diff = diff.filter((d) => d.key !== 'status');
    if (type === 'section' && verb === 'reorder') diff = [];
  } else if (type === 'site') {
    text = t('audit.site');
  } else if (words.has(`audit.${type}.${verb}`)) {
    text = t(`audit.${type}.${verb}`);
  } else if (words.has(`audit.${type}`)) {
    text = t(`audit.${type}`);
  } else {
    text = t('audit.other', { verb: spoken, entity: type.replace(/_/g, ' ') });
  }
  return { text, href, diff };
}
