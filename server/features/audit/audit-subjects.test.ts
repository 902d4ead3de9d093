import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditWords } from '../../../client/features/audit/audit-words';
import { i18n } from '../../../client/i18n';
import { describeAudit } from '../../../shared/audit/describe';
import { formatDateTime } from '../../../shared/i18n/dates';
import { createTestHarness, type TestHarness } from '../../test/harness';

// The words as an English reader sees them on the audit screen.
const english = auditWords(
  i18n.getFixedT('en') as unknown as (key: string, params?: Record<string, unknown>) => string,
  (iso) => formatDateTime(iso, { language: 'en', timeZone: 'Asia/Dhaka' }),
  'en',
);

describe('the audit log names what each row is about', () => {
  let h: TestHarness;
  beforeAll(async () => {
    await i18n.loadLanguages(['en']);
    h = await createTestHarness();
  });
  afterAll(() => h.close());

  it('gives the current headline, section and user names, and copes with non-uuid ids', async () => {
    const admin = await h.makeUser('admin');
    const desk = await h.makeUser('desk', { name: 'ডেস্ক কর্মী' });
    const story = await h.caller(admin).articles.create({ headline: 'বাজেট পাস' });
    const section = await h.caller(desk).sections.create({ nameBn: 'খেলা', nameEn: 'Sports' });
    await h.caller(admin).users.changeRole({ userId: desk.id, role: 'manager' });
    await h.caller(admin).site.updateSettings({
      siteName: 'দৈনিক নমুনা',
      masthead: '',
      editorName: '',
      publisherName: '',
      defaultByline: '',
    });
    const { items } = await h.caller(admin).audit.list({ limit: 20 });
    const byEntity = new Map(items.map((r) => [r.entityId, r]));
    expect(byEntity.get(story.id)?.subject).toBe('বাজেট পাস');
    expect(byEntity.get(section.id)?.subject).toBe('খেলা');
    expect(byEntity.get(desk.id)?.subject).toBe('ডেস্ক কর্মী');
    const site = byEntity.get('site');
    expect(site?.subject).toBeNull();
    const words = items.map((r) => `${r.actorName}: ${describeAudit(r, english).text}`);
    expect(words).toEqual(
      expect.arrayContaining([
        `${admin.name}: created “বাজেট পাস”`,
        'ডেস্ক কর্মী: added the section “খেলা”',
        `${admin.name}: changed the role of “ডেস্ক কর্মী”`,
        `${admin.name}: changed the site settings`,
      ]),
    );
  });
});
