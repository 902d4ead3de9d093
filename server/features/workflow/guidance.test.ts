import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStory } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

describe('what a sent-back story tells its editor', () => {
  let h: TestHarness;
  let editor: TestUser;
  let manager: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor');
    manager = await h.makeUser('manager', { name: 'মনি ম্যানেজার' });
  });
  afterAll(() => h.close());

  it('shows the latest send-back note, who sent it and the open comment threads, until resubmitted', async () => {
    const s = await createStory(h, editor);
    expect(await h.caller(editor).workflow.guidance({ id: s.id })).toBeNull();
    const first = await h.caller(editor).workflow.submit({ id: s.id, version: s.version });
    const sent = await h
      .caller(manager)
      .workflow.sendBack({ id: s.id, version: first.version, note: 'সূত্র দিন' });
    const again = await h.caller(editor).workflow.submit({ id: s.id, version: sent.version });
    await h.caller(manager).workflow.sendBack({ id: s.id, version: again.version, note: 'ছবি বদলান' });
    const open = await h.caller(manager).workflow.comments.add({ articleId: s.id, body: 'শিরোনাম ছোট করুন' });
    const done = await h.caller(manager).workflow.comments.add({ articleId: s.id, body: 'বানান দেখুন' });
    await h.caller(editor).workflow.comments.add({ articleId: s.id, body: 'ঠিক আছে', parentId: open.id });
    await h.caller(manager).workflow.comments.resolve({ id: done.id });

    const guidance = await h.caller(editor).workflow.guidance({ id: s.id });
    expect(guidance).toMatchObject({ note: 'ছবি বদলান', byName: 'মনি ম্যানেজার', openComments: 1 });
    expect(guidance?.at).toBeInstanceOf(Date);

    const story = await h.caller(editor).articles.get({ id: s.id });
    await h.caller(editor).workflow.submit({ id: s.id, version: story.version });
    expect(await h.caller(editor).workflow.guidance({ id: s.id })).toBeNull();
  });
});
