import type { en } from '../../i18n/en';

type DidKey = keyof (typeof en)['workflow']['history']['did'];

export interface HistoryEntry {
  action: string;
  actorName?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

/** One timeline line in words: the catalog key of what was done, its time if it names one, and a note. */
export interface HistoryWords {
  did: DidKey;
  /** The time the action names (a schedule, an expiry), for `{{when}}`. */
  when: string | null;
  note: string | null;
  reason: string | null;
  /** No person did it: the scheduler or Barta itself. */
  system: boolean;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

// Actions whose words need nothing but their name.
const PLAIN = new Set<string>([
  'create',
  'duplicate',
  'submit',
  'approve',
  'send_back',
  'unschedule',
  'schedule_failed',
  'archive',
  'reopen',
  'delete',
  'restore',
  'restore_revision',
  'approve_update',
  'unschedule_update',
  'update_schedule_failed',
  'discard_update',
  'set_published_at',
  'assign_section',
  'add_tag',
]);

// Actions that name a time: `<action>At` says it, `<action>` is the words without one.
const TIMED: Record<string, string> = {
  schedule: 'publishAt',
  reschedule: 'publishAt',
  schedule_update: 'publishAt',
  set_expiry: 'unpublishAt',
  set_embargo: 'embargoUntil',
};

/**
 * What an audit row of a story says, for the History panel: never the raw event name,
 * an action this list does not know reads "changed the story".
 */
export function describeHistory(entry: HistoryEntry): HistoryWords {
  const verb = entry.action.replace(/^article\./, '');
  const after = asObj(entry.after);
  const meta = asObj(entry.meta);
  const system = !entry.actorName;
  let did: DidKey = 'other';
  let when: string | null = null;
  if (PLAIN.has(verb)) did = verb as DidKey;
  else if (verb in TIMED) {
    const field = TIMED[verb];
    when = text(after[field]) ?? text(meta[field]);
    did = (when ? `${verb}At` : verb) as DidKey;
  } else if (verb === 'publish') did = meta.republish ? 'republish' : 'publish';
  else if (verb === 'unpublish') did = system ? 'expire' : 'unpublish';
  else if (verb === 'publish_update')
    did = meta.kind === 'correction' ? 'publish_correction' : 'publish_update';
  else if (verb === 'save' || verb === 'autosave')
    did = after.status === 'in_review' ? 'editedBackToReview' : 'edit';
  return { did, when, note: text(meta.note), reason: text(meta.reason), system };
}
