import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { describeHistory, type HistoryEntry } from './history-words';

/** The line the panel shows, without the time: who, then what they did. */
function line(entry: HistoryEntry, language: 'en' | 'bn'): string {
  const t = i18n.getFixedT(language);
  const words = describeHistory(entry);
  const who = entry.actorName ?? t('workflow.history.system');
  return `${who} ${t(`workflow.history.did.${words.did}`, { when: words.when ? 'WHEN' : '' })}`;
}

// Catalogs load on demand in the dashboard; these tests read both languages.
beforeAll(() => i18n.loadLanguages(['en', 'bn']));

describe('the story history in words', () => {
  it('says who did what, not the event name', () => {
    expect(line({ action: 'article.submit', actorName: 'Rina' }, 'en')).toBe('Rina submitted it for review');
    expect(
      line({ action: 'article.send_back', actorName: 'Moni', meta: { note: 'Add a source' } }, 'en'),
    ).toBe('Moni sent it back for changes');
    expect(describeHistory({ action: 'article.send_back', meta: { note: 'Add a source' } }).note).toBe(
      'Add a source',
    );
    expect(line({ action: 'article.submit', actorName: 'রিনা' }, 'bn')).toBe('রিনা পর্যালোচনায় পাঠিয়েছেন');
  });

  it('names the time a schedule, an expiry or an embargo sets', () => {
    const scheduled = {
      action: 'article.schedule',
      actorName: 'Desk',
      after: { publishAt: '2026-12-01T10:00:00Z' },
    };
    expect(describeHistory(scheduled)).toMatchObject({ did: 'scheduleAt', when: '2026-12-01T10:00:00Z' });
    expect(line(scheduled, 'en')).toBe('Desk scheduled it for WHEN');
    expect(describeHistory({ action: 'article.set_expiry', after: { unpublishAt: null } }).did).toBe(
      'set_expiry',
    );
    expect(
      describeHistory({ action: 'article.set_embargo', after: { embargoUntil: '2026-12-02T00:00:00Z' } }).did,
    ).toBe('set_embargoAt');
  });

  it('tells a scheduler’s work from a person’s, and a correction from an update', () => {
    expect(line({ action: 'article.publish', actorName: null }, 'en')).toBe(
      'Barta (automatically) published it',
    );
    expect(describeHistory({ action: 'article.unpublish', actorName: null }).did).toBe('expire');
    expect(
      describeHistory({ action: 'article.unpublish', actorName: 'Moni', meta: { reason: 'Wrong' } }),
    ).toMatchObject({ did: 'unpublish', reason: 'Wrong' });
    expect(
      describeHistory({ action: 'article.publish', actorName: 'Moni', meta: { republish: true } }).did,
    ).toBe('republish');
    expect(describeHistory({ action: 'article.publish_update', meta: { kind: 'correction' } }).did).toBe(
      'publish_correction',
    );
    expect(describeHistory({ action: 'article.save', after: { status: 'in_review' } }).did).toBe(
      'editedBackToReview',
    );
  });

  it('reads an action it does not know as a change, never as its raw name', () => {
    const words = line({ action: 'article.frobnicate_all', actorName: 'Rina' }, 'en');
    expect(words).toBe('Rina changed the story');
    expect(words).not.toContain('frobnicate');
  });
});
