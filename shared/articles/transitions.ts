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
 * Editing an approved story sends it back for review, unless a reviewer edits it
 * (configurable: `approvedEditsNeedReview`).
 */
export function statusAfterEdit(
  status: ArticleStatus,
  role: Role,
  options: { approvedEditsNeedReview: boolean } = { approvedEditsNeedReview: true },
): ArticleStatus {
  if (status === 'approved' && options.approvedEditsNeedReview && !can(role, 'articles.review'))
    return 'in_review';
  return status;
}

/** States whose content is frozen: only a transition (reopen) makes them editable again. */
export function isEditable(status: ArticleStatus): boolean {
  return status !== 'archived';
}
