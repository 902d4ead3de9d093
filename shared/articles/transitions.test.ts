import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles';
import { ARTICLE_STATUSES, type ArticleStatus } from './status';
import {
  ARTICLE_ACTIONS,
  type ArticleAction,
  actionLabel,
  checkSystemTransition,
  checkTransition,
  editOutcome,
  isEditable,
  nextActions,
  nextUpdateActions,
  SYSTEM_TRANSITIONS,
  type SystemAction,
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

describe('editOutcome: where an edit lands', () => {
  it.each(ROLES)('an approved story edited by %s', (role) => {
    const expected = REVIEWERS.includes(role) ? 'approved' : 'in_review';
    expect(editOutcome('approved', role)).toMatchObject({
      target: 'live',
      status: expected,
      unschedule: false,
    });
  });

  it.each(['scheduled', 'schedule_failed'] as const)(
    'a %s story edited by a non-reviewer goes back to review and off the schedule',
    (status) => {
      for (const role of ['editor', 'desk'] as const)
        expect(editOutcome(status, role)).toEqual({
          target: 'live',
          status: 'in_review',
          unschedule: true,
          reviewed: false,
        });
      for (const role of REVIEWERS)
        expect(editOutcome(status, role)).toMatchObject({ status, unschedule: false });
    },
  );

  it('keeps approval when the newsroom turns the rule off', () => {
    expect(editOutcome('approved', 'editor', { approvedEditsNeedReview: false }).status).toBe('approved');
    expect(editOutcome('scheduled', 'editor', { approvedEditsNeedReview: false })).toMatchObject({
      status: 'scheduled',
      unschedule: false,
    });
  });

  it.each(ROLES)('a published story edited by %s gets a pending update, never a live change', (role) => {
    expect(editOutcome('published', role)).toEqual({
      target: 'pending',
      status: 'published',
      unschedule: false,
      reviewed: REVIEWERS.includes(role),
    });
  });

  it.each(
    ARTICLE_STATUSES.filter((s) => !['approved', 'scheduled', 'schedule_failed', 'published'].includes(s)),
  )('leaves %s alone', (status) => {
    for (const role of ROLES) expect(editOutcome(status, role)).toMatchObject({ target: 'live', status });
  });

  it('freezes only archived stories', () => {
    expect(ARTICLE_STATUSES.filter((s) => !isEditable(s))).toEqual(['archived']);
  });
});

describe('system transitions', () => {
  const EXPECTED_SYSTEM: Record<SystemAction, [ArticleStatus[], ArticleStatus]> = {
    publish_due: [['scheduled'], 'published'],
    fail_due: [['scheduled'], 'schedule_failed'],
    expire: [['published'], 'unpublished'],
    publish_due_update: [['published'], 'published'],
  };
  it.each(Object.keys(SYSTEM_TRANSITIONS) as SystemAction[])('%s: every state', (action) => {
    const [from, to] = EXPECTED_SYSTEM[action];
    for (const status of ARTICLE_STATUSES) {
      const result = checkSystemTransition(status, action);
      expect(result, `${action} from ${status}`).toEqual(
        from.includes(status) ? { ok: true, to } : expect.objectContaining({ ok: false, reason: 'state' }),
      );
    }
  });
  it('no person can take a system transition', () => {
    for (const action of ARTICLE_ACTIONS) expect(Object.keys(SYSTEM_TRANSITIONS)).not.toContain(action);
  });
});

describe('pending update actions', () => {
  const unreviewed = { reviewed: false, scheduled: false };
  const reviewed = { reviewed: true, scheduled: false };
  const scheduled = { reviewed: true, scheduled: true };
  it('exist only for a published story with a pending update', () => {
    for (const status of ARTICLE_STATUSES)
      for (const role of ROLES)
        expect(nextUpdateActions(status, role, status === 'published' ? null : reviewed)).toEqual([]);
  });
  it('an unreviewed update goes live only by a reviewer', () => {
    expect(nextUpdateActions('published', 'editor', unreviewed)).toEqual(['discard_update']);
    expect(nextUpdateActions('published', 'desk', unreviewed)).toEqual([]);
    for (const role of REVIEWERS)
      expect(nextUpdateActions('published', role, unreviewed)).toEqual([
        'approve_update',
        'publish_update',
        'discard_update',
      ]);
  });
  it('a reviewed update: editors publish, the desk schedules', () => {
    expect(nextUpdateActions('published', 'editor', reviewed)).toEqual(['publish_update', 'discard_update']);
    expect(nextUpdateActions('published', 'desk', reviewed)).toEqual(['schedule_update']);
    expect(nextUpdateActions('published', 'desk', scheduled)).toEqual([
      'schedule_update',
      'unschedule_update',
    ]);
  });
});
