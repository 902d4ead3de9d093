import { type ArticleStatus, STATUS_LABELS } from '../articles/status';
import { formatBnDateTime } from '../bn/dates';
import { isRole, ROLE_LABELS } from '../roles';

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

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

const FIELD_LABELS: Record<string, string> = {
  headline: 'Headline',
  status: 'Status',
  slug: 'Web address',
  role: 'Role',
  name: 'Name',
  email: 'Email',
  nameBn: 'Bengali name',
  nameEn: 'English name',
  hidden: 'Hidden',
  archived: 'Archived',
  publishAt: 'Publish time',
  unpublishAt: 'Expiry',
  embargoUntil: 'Embargo',
  alt: 'Alt text',
  caption: 'Caption',
  credit: 'Credit',
  siteName: 'Site name',
  masthead: 'Masthead line',
  editorName: 'Editor',
  publisherName: 'Publisher',
  defaultByline: 'Default byline',
  active: 'Active',
};

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;
const MAX_VALUE = 80;

function showValue(field: string, value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string' && value in STATUS_LABELS) {
    return STATUS_LABELS[value as ArticleStatus];
  }
  if (field === 'role' && isRole(value)) return ROLE_LABELS[value];
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && ISO.test(value)) return formatBnDateTime(value, timeZone);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** The fields that changed between before and after, labelled, with short readable values. */
export function auditDiff(before: unknown, after: unknown, timeZone: string): AuditDiffLine[] {
  const b = asObj(before);
  const a = asObj(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      field: FIELD_LABELS[k] ?? k,
      before: showValue(k, b[k], timeZone),
      after: showValue(k, a[k], timeZone),
    }));
}

const quoted = (s: string | null, fallback: string) => (s ? `“${s}”` : fallback);

/** Words for each action; the actor's name goes before them on screen. */
export function describeAudit(entry: AuditEntryView, timeZone: string): AuditDescription {
  const before = asObj(entry.before);
  const after = asObj(entry.after);
  const meta = asObj(entry.meta);
  const subjectName =
    entry.subject ??
    (typeof after.headline === 'string' ? after.headline : null) ??
    (typeof before.headline === 'string' ? before.headline : null) ??
    (typeof after.name === 'string' ? after.name : null) ??
    (typeof after.nameBn === 'string' ? after.nameBn : null);
  const [, verb = entry.action] = entry.action.split('.');
  const when = (v: unknown) => (typeof v === 'string' && ISO.test(v) ? formatBnDateTime(v, timeZone) : '');
  const note = typeof meta.note === 'string' && meta.note ? `: “${meta.note}”` : '';
  let text: string;
  let href: string | null = null;
  // A creation has no "before": the words say what was made, a list of every field would be noise.
  let diff = entry.before ? auditDiff(entry.before, entry.after, timeZone) : [];

  if (entry.entityType === 'article') {
    const story = quoted(subjectName, 'a story');
    href = `/stories/${entry.entityId}`;
    const words: Record<string, string> = {
      create: `created ${story}`,
      save: `saved ${story}`,
      autosave: `edited ${story}`,
      restore_revision: `restored an earlier version of ${story}`,
      submit: `submitted ${story} for review${note}`,
      send_back: `sent ${story} back${note}`,
      approve: `approved ${story}${note}`,
      reopen: `reopened ${story}`,
      schedule: `scheduled ${story} for ${when(meta.publishAt)}`,
      reschedule: `moved ${story} to ${when(meta.publishAt)}`,
      unschedule: `took ${story} off the schedule`,
      schedule_failed: `could not publish ${story} on schedule`,
      publish: `published ${story}`,
      publish_update: `published an update of ${story}`,
      unpublish: `unpublished ${story}`,
      archive: `archived ${story}`,
      delete: `moved ${story} to the bin`,
      restore: `restored ${story} from the bin`,
      purge: `deleted ${story} for good`,
      set_expiry: `set the expiry of ${story}`,
      set_embargo: `set the embargo of ${story}`,
      comment: `commented on ${story}`,
      assign_section: `moved ${story} to another section`,
      add_tag: `tagged ${story}`,
      related_add: `added a related story to ${story}`,
      related_remove: `removed a related story from ${story}`,
      related_reorder: `reordered the related stories of ${story}`,
      take_over: `took over editing ${story}`,
    };
    text = words[verb] ?? `${verb.replace(/_/g, ' ')} ${story}`;
    // A status change is said by the words already; the diff keeps what else changed.
    if (['submit', 'send_back', 'approve', 'publish', 'unpublish', 'archive', 'reopen'].includes(verb)) {
      diff = diff.filter((d) => d.field !== 'Status');
    }
  } else if (entry.entityType === 'user') {
    const person = quoted(subjectName, 'a user');
    href = '/users';
    const words: Record<string, string> = {
      setup: 'set up the newsroom',
      invite: `invited ${person}`,
      reinvite: `made a new invite link for ${person}`,
      accept_invite: 'accepted the invitation and chose a password',
      reset_password: `made a password reset link for ${person}`,
      reset_password_done: 'chose a new password from a reset link',
      change_role: `changed the role of ${person}`,
      change_password: 'changed their password',
      sign_in: 'signed in',
      sign_out: 'signed out',
      deactivate: `deactivated ${person}`,
      reactivate: `reactivated ${person}`,
    };
    text = words[verb] ?? `${verb.replace(/_/g, ' ')} ${person}`;
  } else if (entry.entityType === 'section') {
    const section = quoted(subjectName, 'a section');
    href = '/sections';
    const words: Record<string, string> = {
      create: `added the section ${section}`,
      update: `changed the section ${section}`,
      reorder: 'reordered the sections',
      archive: `archived the section ${section}`,
      restore: `restored the section ${section}`,
      delete: `deleted the section ${section}`,
    };
    text = words[verb] ?? `${verb.replace(/_/g, ' ')} section ${section}`;
    if (verb === 'reorder') diff = [];
  } else if (entry.entityType === 'media') {
    href = '/media';
    const image = quoted(subjectName, 'an image');
    const words: Record<string, string> = {
      upload: `uploaded ${image}`,
      update: `described ${image}`,
      delete: `deleted ${image}`,
    };
    text = words[verb] ?? `${verb.replace(/_/g, ' ')} ${image}`;
  } else if (entry.entityType === 'site') {
    href = '/settings';
    text = 'changed the site settings';
  } else {
    text = `${verb.replace(/_/g, ' ')} ${entry.entityType.replace(/_/g, ' ')}`;
  }
  return { text, href, diff };
}
