import { beforeAll, describe, expect, it } from 'vitest';
import { auditDiff, describeAudit } from '../../../shared/audit/describe';
import { formatDateTime } from '../../../shared/i18n/dates';
import type { Language } from '../../../shared/i18n/languages';
import { i18n } from '../../i18n';
import { auditWords } from './audit-words';

const TZ = 'Asia/Dhaka';
const wordsIn = (language: Language) =>
  auditWords(
    i18n.getFixedT(language) as unknown as (key: string, params?: Record<string, unknown>) => string,
    (iso) => formatDateTime(iso, { language, timeZone: TZ }),
    language,
  );
const EN = wordsIn('en');
const BN = wordsIn('bn');
const base = { entityId: 'a1', subject: 'বাজেট পাস', before: null, after: null, meta: null };
const scheduled = {
  ...base,
  action: 'article.schedule',
  entityType: 'article',
  before: { status: 'approved' },
  after: { status: 'scheduled' },
  meta: { publishAt: '2025-07-23T07:48:00.000Z' },
};

// Catalogs load on demand in the dashboard; these tests read both languages.
beforeAll(() => i18n.loadLanguages(['en', 'bn']));

describe('the audit log in plain words', () => {
  it('says when a story was scheduled, in Dhaka time, with a link to it', () => {
    const d = describeAudit(scheduled, EN);
    expect(d.text).toBe('scheduled “বাজেট পাস” for 23 July 2025, 01:48 PM');
    expect(d.href).toBe('/stories/a1');
    expect(d.diff).toEqual([{ key: 'status', field: 'Status', before: 'Approved', after: 'Scheduled' }]);
  });

  it('says it in Bengali for a Bengali reader: words, digits, date and the diff', () => {
    const d = describeAudit(scheduled, BN);
    expect(d.text).toBe('‘বাজেট পাস’ নির্ধারিত ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(d.diff).toEqual([
      { key: 'status', field: 'অবস্থা', before: 'অনুমোদিত', after: 'প্রকাশের সময় নির্ধারিত' },
    ]);
    const role = describeAudit(
      {
        ...base,
        subject: 'রহিম',
        action: 'user.change_role',
        entityType: 'user',
        before: { role: 'desk', active: true },
        after: { role: 'manager', active: false },
      },
      BN,
    );
    expect(role.text).toBe('‘রহিম’-এর ভূমিকা বদলেছেন');
    expect(role.diff.map((l) => `${l.field}: ${l.before} → ${l.after}`)).toEqual([
      'ভূমিকা: ডেস্ক → ব্যবস্থাপক',
      'সক্রিয়: হ্যাঁ → না',
    ]);
  });

  it('quotes the send-back note and leaves the status out of the diff (the words say it)', () => {
    const d = describeAudit(
      {
        ...base,
        action: 'article.send_back',
        entityType: 'article',
        before: { status: 'in_review' },
        after: { status: 'changes_requested' },
        meta: { note: 'সূত্র দিন' },
      },
      EN,
    );
    expect(d.text).toBe('sent “বাজেট পাস” back: “সূত্র দিন”');
    expect(d.diff).toEqual([]);
  });

  it('names roles and sections in words, and falls back to the headline kept in the row', () => {
    expect(
      describeAudit(
        {
          ...base,
          subject: 'রহিম',
          action: 'user.change_role',
          entityType: 'user',
          before: { role: 'desk' },
          after: { role: 'manager' },
        },
        EN,
      ),
    ).toEqual({
      text: 'changed the role of “রহিম”',
      href: '/users',
      diff: [{ key: 'role', field: 'Role', before: 'Desk', after: 'Manager' }],
    });
    const purged = describeAudit(
      {
        ...base,
        subject: null,
        action: 'article.delete',
        entityType: 'article',
        before: { headline: 'পুরনো', status: 'draft' },
      },
      EN,
    );
    expect(purged.text).toBe('moved “পুরনো” to the bin');
  });

  it('tells a second publication, a correction and a take-down with its reason apart', () => {
    const story = { ...base, entityType: 'article' };
    expect(describeAudit({ ...story, action: 'article.publish', meta: { republish: true } }, EN).text).toBe(
      'published “বাজেট পাস” again',
    );
    expect(
      describeAudit(
        { ...story, action: 'article.publish_update', meta: { kind: 'correction', note: 'বানান' } },
        BN,
      ).text,
    ).toBe('‘বাজেট পাস’-এর সংশোধনী প্রকাশ করেছেন: “বানান”');
    expect(
      describeAudit({ ...story, action: 'article.unpublish', meta: { reason: 'আইনি কারণ' } }, EN).text,
    ).toBe('unpublished “বাজেট পাস”: “আইনি কারণ”');
  });

  it('a creation lists no field-by-field diff', () => {
    const d = describeAudit(
      { ...base, action: 'section.create', entityType: 'section', after: { slug: 'sports', nameBn: 'খেলা' } },
      EN,
    );
    expect(d).toEqual({ text: 'added the section “বাজেট পাস”', href: '/sections', diff: [] });
  });

  it('an unknown action still reads as words, not a code', () => {
    expect(describeAudit({ ...base, action: 'article.frobnicate_all', entityType: 'article' }, EN).text).toBe(
      'frobnicate all “বাজেট পাস”',
    );
  });

  it('every action Barta writes has words in the catalog', () => {
    const actions = [
      'article.approve_update',
      'article.comment_resolve',
      'article.update_schedule_failed',
      'user.set_language',
      'saved_view.create',
      'user_preferences.update',
      'site.update_settings',
      'media.upload',
    ];
    for (const action of actions) {
      const [entityType] = action.split('.');
      const text = describeAudit({ ...base, action, entityType }, BN).text;
      expect(text, action).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('the diff keeps only changed fields and shortens long values', () => {
    const diff = auditDiff(
      { headline: 'ক', summary: 'x'.repeat(200), same: 1 },
      { headline: 'খ', summary: 'y', same: 1 },
      EN,
    );
    expect(diff[0]).toEqual({ key: 'headline', field: 'Headline', before: 'ক', after: 'খ' });
    expect(diff[1].before).toHaveLength(81);
    expect(diff).toHaveLength(2);
  });
});
