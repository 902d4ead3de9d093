import { describe, expect, it } from 'vitest';
import { auditDiff, describeAudit } from './describe';

const TZ = 'Asia/Dhaka';
const base = { entityId: 'a1', subject: 'বাজেট পাস', before: null, after: null, meta: null };

describe('the audit log in plain words', () => {
  it('says when a story was scheduled, in Dhaka time, with a link to it', () => {
    const d = describeAudit(
      {
        ...base,
        action: 'article.schedule',
        entityType: 'article',
        before: { status: 'approved' },
        after: { status: 'scheduled' },
        meta: { publishAt: '2025-07-23T07:48:00.000Z' },
      },
      TZ,
    );
    expect(d.text).toBe('scheduled “বাজেট পাস” for ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(d.href).toBe('/stories/a1');
    expect(d.diff).toEqual([{ field: 'Status', before: 'Approved', after: 'Scheduled' }]);
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
      TZ,
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
        TZ,
      ),
    ).toEqual({
      text: 'changed the role of “রহিম”',
      href: '/users',
      diff: [{ field: 'Role', before: 'Desk', after: 'Manager' }],
    });
    const purged = describeAudit(
      {
        ...base,
        subject: null,
        action: 'article.delete',
        entityType: 'article',
        before: { headline: 'পুরনো', status: 'draft' },
      },
      TZ,
    );
    expect(purged.text).toBe('moved “পুরনো” to the bin');
  });

  it('a creation lists no field-by-field diff', () => {
    const d = describeAudit(
      { ...base, action: 'section.create', entityType: 'section', after: { slug: 'sports', nameBn: 'খেলা' } },
      TZ,
    );
    expect(d).toEqual({ text: 'added the section “বাজেট পাস”', href: '/sections', diff: [] });
  });

  it('an unknown action still reads as words, not a code', () => {
    expect(describeAudit({ ...base, action: 'article.frobnicate_all', entityType: 'article' }, TZ).text).toBe(
      'frobnicate all “বাজেট পাস”',
    );
  });

  it('the diff keeps only changed fields and shortens long values', () => {
    const diff = auditDiff(
      { headline: 'ক', summary: 'x'.repeat(200), same: 1 },
      { headline: 'খ', summary: 'y', same: 1 },
      TZ,
    );
    expect(diff[0]).toEqual({ field: 'Headline', before: 'ক', after: 'খ' });
    expect(diff[1].before).toHaveLength(81);
    expect(diff).toHaveLength(2);
  });
});
