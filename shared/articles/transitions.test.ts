import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles';
import { ARTICLE_STATUSES, type ArticleStatus } from './status';
import {
  ARTICLE_ACTIONS,
  type ArticleAction,
  actionLabel,
  checkTransition,
  isEditable,
  nextActions,
  statusAfterEdit,
} from './transitions';

const EDITORS: Role[] = ['admin', 'manager', 'editor'];
const REVIEWERS: Role[] = ['admin', 'manager'];
const SCHEDULERS: Role[] = ['admin', 'manager', 'desk'];

/**
 * The whole machine written out by hand: for each state, the actions allowed,
 * the roles that may take each, and where it leads. Anything not listed is refused.
 */
const EXPECTED: Record<ArticleStatus, Partial<Record<ArticleAction, [Role[], ArticleStatus]>>> = {
  draft: { submit: [EDITORS, 'in_review'], archive: [REVIEWERS, 'archived'] },
  in_review: {
    approve: [REVIEWERS, 'approved'],
    send_back: [REVIEWERS, 'changes_requested'],
    archive: [REVIEWERS, 'archived'],
  },
  changes_requested: { submit: [EDITORS, 'in_review'], archive: [REVIEWERS, 'archived'] },
  approved: {
    send_back: [REVIEWERS, 'changes_requested'],
    schedule: [SCHEDULERS, 'scheduled'],
    publish: [EDITORS, 'published'],
    archive: [REVIEWERS, 'archived'],
  },
  scheduled: { reschedule: [SCHEDULERS, 'scheduled'], unschedule: [SCHEDULERS, 'approved'] },
  schedule_failed: {
    send_back: [REVIEWERS, 'changes_requested'],
    schedule: [SCHEDULERS, 'scheduled'],
    unschedule: [SCHEDULERS, 'approved'],
    publish: [EDITORS, 'published'],
    archive: [REVIEWERS, 'archived'],
  },
  published: { unpublish: [REVIEWERS, 'unpublished'] },
  // Republishing a story that was taken down needs a reviewer, not an editor.
  unpublished: {
    publish: [REVIEWERS, 'published'],
    archive: [REVIEWERS, 'archived'],
    reopen: [EDITORS, 'draft'],
  },
  archived: { reopen: [EDITORS, 'draft'] },
};

const cases = ARTICLE_STATUSES.flatMap((status) =>
  ROLES.flatMap((role) => ARTICLE_ACTIONS.map((action) => [status, role, action] as const)),
);

describe('checkTransition: every state × role × action', () => {
  it('covers the whole table', () => {
    expect(cases).toHaveLength(ARTICLE_STATUSES.length * ROLES.length * ARTICLE_ACTIONS.length);
  });

  it.each(cases)('%s, %s, %s', (status, role, action) => {
    const rule = EXPECTED[status][action];
    const result = checkTransition(status, role, action);
    if (!rule) {
      expect(result).toMatchObject({ ok: false, reason: 'state' });
    } else if (rule[0].includes(role)) {
      expect(result).toEqual({ ok: true, to: rule[1] });
    } else {
      expect(result).toMatchObject({ ok: false, reason: 'role' });
    }
  });
});

describe('nextActions', () => {
  it.each(ARTICLE_STATUSES.flatMap((status) => ROLES.map((role) => [status, role] as const)))(
    '%s as %s lists exactly the allowed actions',
    (status, role) => {
      const expected = ARTICLE_ACTIONS.filter((action) => EXPECTED[status][action]?.[0].includes(role));
      expect(nextActions(status, role)).toEqual(expected);
    },
  );

  it('offers an editor nothing on a story in review', () => {
    expect(nextActions('in_review', 'editor')).toEqual([]);
  });
});

describe('messages', () => {
  it('names the state in plain words when the state forbids the action', () => {
    const result = checkTransition('changes_requested', 'manager', 'approve');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe('“Approve” is not possible while the story is changes requested.');
  });

  it('names the role when the role forbids the action', () => {
    const result = checkTransition('unpublished', 'editor', 'publish');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('editor');
  });

  it('labels republishing differently', () => {
    expect(actionLabel('publish', 'unpublished')).toBe('Publish again');
    expect(actionLabel('publish', 'approved')).toBe('Publish now');
  });
});

describe('statusAfterEdit', () => {
  it.each(ROLES)('an approved story edited by %s', (role) => {
    const expected = REVIEWERS.includes(role) ? 'approved' : 'in_review';
    expect(statusAfterEdit('approved', role)).toBe(expected);
  });

  it('keeps approval when the newsroom turns the rule off', () => {
    expect(statusAfterEdit('approved', 'editor', { approvedEditsNeedReview: false })).toBe('approved');
  });

  it.each(ARTICLE_STATUSES.filter((s) => s !== 'approved'))('leaves %s alone', (status) => {
    for (const role of ROLES) expect(statusAfterEdit(status, role)).toBe(status);
  });

  it('freezes only archived stories', () => {
    expect(ARTICLE_STATUSES.filter((s) => !isEditable(s))).toEqual(['archived']);
  });
});
