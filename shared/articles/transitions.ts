import { can, type Right, type Role } from '../roles';
import { type ArticleStatus, STATUS_LABELS } from './status';

/**
 * The story status machine: which actions a role may take from a state. The server
 * runs every transition through `checkTransition`; the dashboard shows exactly the
 * actions `nextActions` returns.
 */
export const ARTICLE_ACTIONS = [
  'submit',
  'approve',
  'send_back',
  'schedule',
  'reschedule',
  'unschedule',
  'publish',
  'unpublish',
  'archive',
  'reopen',
] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

interface Rule {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  right: Right;
  label: string;
}

export const TRANSITIONS: Record<ArticleAction, Rule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    right: 'articles.submit',
    label: 'Submit for review',
  },
  approve: { from: ['in_review'], to: 'approved', right: 'articles.review', label: 'Approve' },
  send_back: {
    // A story that failed its checklist at the due time may need its author's hand.
    from: ['in_review', 'approved', 'schedule_failed'],
    to: 'changes_requested',
    right: 'articles.review',
    label: 'Send back',
  },
  schedule: {
    from: ['approved', 'schedule_failed'],
    to: 'scheduled',
    right: 'articles.schedule',
    label: 'Schedule',
  },
  reschedule: { from: ['scheduled'], to: 'scheduled', right: 'articles.schedule', label: 'Reschedule' },
  unschedule: {
    from: ['scheduled', 'schedule_failed'],
    to: 'approved',
    right: 'articles.schedule',
    label: 'Unschedule',
  },
  publish: {
    from: ['approved', 'schedule_failed'],
    to: 'published',
    right: 'articles.publish',
    label: 'Publish now',
  },
  unpublish: { from: ['published'], to: 'unpublished', right: 'articles.unpublish', label: 'Unpublish' },
  archive: {
    from: ['draft', 'changes_requested', 'in_review', 'approved', 'unpublished', 'schedule_failed'],
    to: 'archived',
    right: 'articles.unpublish',
    label: 'Archive',
  },
  reopen: {
    from: ['unpublished', 'archived'],
    to: 'draft',
    right: 'articles.edit',
    label: 'Reopen as draft',
  },
};

/** Republishing a story that was taken down needs a reviewer, not just its author. */
const REPUBLISH: Rule = {
  from: ['unpublished'],
  to: 'published',
  right: 'articles.review',
  label: 'Publish again',
};

function ruleFor(action: ArticleAction, status: ArticleStatus): Rule | null {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(status)) return rule;
  if (action === 'publish' && REPUBLISH.from.includes(status)) return REPUBLISH;
  return null;
}

export type TransitionCheck =
  | { ok: true; to: ArticleStatus }
  | { ok: false; reason: 'state' | 'role'; message: string };

export function checkTransition(status: ArticleStatus, role: Role, action: ArticleAction): TransitionCheck {
  const rule = ruleFor(action, status);
  if (!rule) {
    return {
      ok: false,
      reason: 'state',
      message: `“${TRANSITIONS[action].label}” is not possible while the story is ${STATUS_LABELS[status].toLowerCase()}.`,
    };
  }
  if (!can(role, rule.right)) {
    return { ok: false, reason: 'role', message: `Your role (${role}) may not “${rule.label}” this story.` };
  }
  return { ok: true, to: rule.to };
}

/** The actions a role may take on a story in `status`, in a stable order. */
export function nextActions(status: ArticleStatus, role: Role): ArticleAction[] {
  return ARTICLE_ACTIONS.filter((action) => checkTransition(status, role, action).ok);
}

export function actionLabel(action: ArticleAction, status?: ArticleStatus): string {
  if (action === 'publish' && status === 'unpublished') return REPUBLISH.label;
  return TRANSITIONS[action].label;
}

/**
 * Transitions no person takes: the scheduler's. They live in the machine beside the
 * people's, so every status change Barta makes is one the table allows.
 */
export const SYSTEM_TRANSITIONS = {
  /** A scheduled story whose time has come, checklist passed. */
  publish_due: { from: ['scheduled'], to: 'published' },
  /** A scheduled story whose time has come but whose checklist (or embargo) failed. */
  fail_due: { from: ['scheduled'], to: 'schedule_failed' },
  /** A published story whose expiry (unpublish_at) has come. */
  expire: { from: ['published'], to: 'unpublished' },
  /** A published story's pending update whose scheduled time has come. */
  publish_due_update: { from: ['published'], to: 'published' },
} as const satisfies Record<string, { from: readonly ArticleStatus[]; to: ArticleStatus }>;
export type SystemAction = keyof typeof SYSTEM_TRANSITIONS;

export function checkSystemTransition(status: ArticleStatus, action: SystemAction): TransitionCheck {
  const rule = SYSTEM_TRANSITIONS[action];
  if (!(rule.from as readonly ArticleStatus[]).includes(status)) {
    return {
      ok: false,
      reason: 'state',
      message: `The story is ${STATUS_LABELS[status].toLowerCase()}, so the scheduler left it alone.`,
    };
  }
  return { ok: true, to: rule.to };
}

/**
 * A published story's edits wait as a pending update; these act on it. The story
 * stays published throughout: readers see the live version until the update is published.
 */
export const UPDATE_ACTIONS = [
  'approve_update',
  'publish_update',
  'schedule_update',
  'unschedule_update',
  'discard_update',
] as const;
export type UpdateAction = (typeof UPDATE_ACTIONS)[number];

/** What the machine needs to know of a pending update. */
export interface PendingFacts {
  /** Written (last) by a reviewer, approved by one, or review of updates is off. */
  reviewed: boolean;
  /** A publication time is set for it. */
  scheduled: boolean;
}

export const UPDATE_LABELS: Record<UpdateAction, string> = {
  approve_update: 'Approve update',
  publish_update: 'Publish update',
  schedule_update: 'Schedule update',
  unschedule_update: 'Unschedule update',
  discard_update: 'Discard update',
};

const UPDATE_RIGHTS: Record<UpdateAction, Right> = {
  approve_update: 'articles.review',
  publish_update: 'articles.publish',
  schedule_update: 'articles.schedule',
  unschedule_update: 'articles.schedule',
  discard_update: 'articles.edit',
};

export function checkUpdateAction(
  status: ArticleStatus,
  role: Role,
  action: UpdateAction,
  pending: PendingFacts | null,
): TransitionCheck {
  const label = UPDATE_LABELS[action];
  if (status !== 'published' || !pending) {
    return {
      ok: false,
      reason: 'state',
      message:
        status !== 'published'
          ? `“${label}” is only for published stories; this one is ${STATUS_LABELS[status].toLowerCase()}.`
          : `“${label}”: there is no pending update; the live version is the latest.`,
    };
  }
  if (!can(role, UPDATE_RIGHTS[action])) {
    return { ok: false, reason: 'role', message: `Your role (${role}) may not “${label}” this story.` };
  }
  const refuse = (message: string): TransitionCheck => ({ ok: false, reason: 'state', message });
  if (action === 'approve_update' && pending.reviewed) return refuse('This update is already approved.');
  // The same rule as a first publication: unreviewed text goes live only by a reviewer's hand.
  if (action === 'publish_update' && !pending.reviewed && !can(role, 'articles.review'))
    return refuse('This update needs a reviewer’s approval before it goes live.');
  if (action === 'schedule_update' && !pending.reviewed)
    return refuse('Only an approved update can be scheduled: ask a reviewer to approve it first.');
  if (action === 'unschedule_update' && !pending.scheduled) return refuse('This update is not scheduled.');
  return { ok: true, to: 'published' };
}

/** The update actions a role may take now, in a stable order. */
export function nextUpdateActions(
  status: ArticleStatus,
  role: Role,
  pending: PendingFacts | null,
): UpdateAction[] {
  return UPDATE_ACTIONS.filter((action) => checkUpdateAction(status, role, action, pending).ok);
}

/** Where an edit lands and what it does to the story's state. */
export interface EditOutcome {
  /** live: the story's own columns; pending: a staged update beside the live version. */
  target: 'live' | 'pending';
  status: ArticleStatus;
  /** The edit takes the story off the schedule (its reviewed text changed). */
  unschedule: boolean;
  /** For a pending update: whether it counts as reviewed after this edit. */
  reviewed: boolean;
}

/**
 * The one rule for an edit, whatever made it (a save, a restore, a bulk edit):
 * - a published story's edits wait as a pending update: readers keep the live version;
 * - editing an approved, scheduled or failed-schedule story sends it back to review,
 *   and off the schedule, unless a reviewer edits it, so what goes out at the due time
 *   is what was approved (configurable: `approvedEditsNeedReview`).
 */
export function editOutcome(
  status: ArticleStatus,
  role: Role,
  options: { approvedEditsNeedReview: boolean } = { approvedEditsNeedReview: true },
): EditOutcome {
  const reviewed = can(role, 'articles.review') || !options.approvedEditsNeedReview;
  if (status === 'published') return { target: 'pending', status, unschedule: false, reviewed };
  if (!reviewed && (status === 'approved' || status === 'scheduled' || status === 'schedule_failed'))
    return { target: 'live', status: 'in_review', unschedule: status !== 'approved', reviewed };
  return { target: 'live', status, unschedule: false, reviewed };
}

/** States whose content is frozen: only a transition (reopen) makes them editable again. */
export function isEditable(status: ArticleStatus): boolean {
  return status !== 'archived';
}
