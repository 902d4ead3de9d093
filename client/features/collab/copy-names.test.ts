import { describe, expect, it } from 'vitest';
import { closedCopiesByStory, closingKey, copyName, findLeftCopies } from './copy-names';

const story = '0b6f3c1e-6a55-4d7e-9a3b-2f1c0d9e8a71';
const other = '5e2d8c4b-1f0a-4b3c-8d7e-6a5b4c3d2e1f';

describe('copies left on this device', () => {
  it('finds copies and closing states by their names, and nothing else', () => {
    const found = findLeftCopies(
      [
        copyName(story, 'tab-a'),
        'barta-tabs',
        'barta-draft:x',
        `${copyName(story, 'tab-b')}:extra`,
        'barta-collab:',
      ],
      [closingKey(story, 'tab-a'), 'barta.tabId', 'barta-collab-undelivered'],
    );
    expect(found).toEqual([
      { articleId: story, tabId: 'tab-a', kind: 'database', name: copyName(story, 'tab-a') },
      { articleId: story, tabId: 'tab-a', kind: 'closing', name: closingKey(story, 'tab-a') },
    ]);
  });

  it('groups the copies of closed tabs by story and leaves open tabs alone', () => {
    const copies = findLeftCopies(
      [copyName(story, 'closed'), copyName(story, 'open'), copyName(other, 'closed')],
      [closingKey(story, 'closed'), closingKey(other, 'open')],
    );
    const byStory = closedCopiesByStory(copies, new Set(['closed']));
    expect([...byStory.keys()]).toEqual([story, other]);
    expect(byStory.get(story)?.map((c) => c.name)).toEqual([
      copyName(story, 'closed'),
      closingKey(story, 'closed'),
    ]);
    expect(byStory.get(other)?.map((c) => c.name)).toEqual([copyName(other, 'closed')]);
  });
});
