import { expect, test } from '@playwright/test';
import { dropFiles, photo } from '../fixtures/images';
import { STORAGE } from '../fixtures/staff';
import { mutate } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

const FIRST = 'প্রথম অনুচ্ছেদ: ঢাকায় আজ প্রযুক্তি মেলা শুরু হয়েছে।';
const SECOND = 'দ্বিতীয় অনুচ্ছেদ: মেলা চলবে তিন দিন।';

test('drag a photo into a story, caption and credit it in place, and see both in the preview', async ({
  page,
  context,
}) => {
  const { id } = await mutate<{ id: string }>(page.request, 'articles.create', {
    headline: `ছবিসহ খবর ${Date.now()}`,
    body: {
      type: 'doc',
      content: [FIRST, SECOND].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  });
  await page.goto(`/admin/stories/${id}`);
  const body = page.getByRole('textbox', { name: 'Story text' });
  await expect(body).toHaveAttribute('contenteditable', 'true');

  // A file that only claims to be a photo: refused by name and reason, the text untouched.
  const firstParagraph = body.locator('p').first();
  await dropFiles(firstParagraph, [
    { name: 'fake.jpg', type: 'image/jpeg', bytes: Buffer.from('just words') },
  ]);
  await expect(page.getByRole('list', { name: 'Images being added' }).getByRole('alert')).toContainText(
    '“fake.jpg”',
  );
  await expect(body.locator('figure')).toHaveCount(0);
  await expect(body).toContainText(FIRST);

  // Two real photos dropped on the second half of the first paragraph land after it, in order.
  const box = (await firstParagraph.boundingBox())!;
  await dropFiles(
    firstParagraph,
    [
      { name: 'elon.jpg', type: 'image/jpeg', bytes: await photo(1200, 800) },
      { name: 'crowd.jpg', type: 'image/jpeg', bytes: await photo(640, 480) },
    ],
    { x: box.width - 5, y: box.height / 2 },
  );
  const figures = body.locator('figure.editor-figure');
  await expect(figures).toHaveCount(2, { timeout: 30_000 });
  await expect(figures.locator('img').first()).toHaveAttribute('width', '1200');
  await expect(figures.locator('img').last()).toHaveAttribute('width', '640');
  const figure = figures.first();
  await expect(figure.locator('img')).toBeVisible();
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
    0,
  );
  await expect(page.getByRole('list', { name: 'Images being added' }).getByText(/elon|crowd/)).toHaveCount(0);

  // Caption typed in place under the picture; credit and alt text beside it.
  await figure.locator('figcaption').click();
  await page.keyboard.type('ইলন মাস্ক।');
  await figure.getByLabel('ছবি : credit').fill('সংগৃহীত');
  await figure.getByLabel('Alt text').fill('মঞ্চে কথা বলছেন ইলন মাস্ক');
  await expect(page.getByTestId('save-status')).toContainText('Saved at', { timeout: 15_000 });

  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Preview' }).click(),
  ]);
  await preview.waitForURL(`**/preview/${id}`);
  const story = preview.locator('.story-body');
  const published = story.locator('figure').first();
  await expect(published.locator('figcaption')).toHaveText('ইলন মাস্ক। ছবি : সংগৃহীত');
  await expect(published.locator('img')).toHaveAttribute('alt', 'মঞ্চে কথা বলছেন ইলন মাস্ক');
  await expect(published.locator('img')).toHaveJSProperty('complete', true);
  expect(
    await published.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  // In the order the editor showed: first paragraph, both photos (captioned one first), second paragraph.
  const order = await story
    .locator(':scope > p, :scope > figure')
    .evaluateAll((nodes) =>
      nodes.map((node) =>
        node.tagName === 'FIGURE'
          ? `figure: ${node.querySelector('figcaption')?.textContent ?? ''}`
          : (node.textContent ?? '').slice(0, 12),
      ),
    );
  expect(order).toEqual([
    FIRST.slice(0, 12),
    'figure: ইলন মাস্ক। ছবি : সংগৃহীত',
    'figure: ',
    SECOND.slice(0, 12),
  ]);
});
