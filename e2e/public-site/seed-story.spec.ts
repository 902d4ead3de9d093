import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN, STORAGE } from '../fixtures/staff';

test.use({ storageState: STORAGE.admin });

// Signs in again through the API: several engineers' runs share test-results/.auth, and a
// stored cookie may belong to another run's server.
async function signInAsAdmin(page: Page) {
  const res = await page.request.post('/trpc/auth.signIn', {
    data: { email: ADMIN.email, password: ADMIN.password },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/**
 * A reader opens the demo newsroom's reference story (loaded through the running
 * server, which owns its data directory) and finds every element of the paper's
 * page, in the paper's order, with no script and nothing blocked by the CSP.
 */
test('the demo seed story reads like the paper page', async ({ page, browser }, testInfo) => {
  await signInAsAdmin(page);
  const seeded = await page.request.post('/trpc/demo.seed', { data: { confirm: true } });
  expect(seeded.status(), await seeded.text()).toBe(200);
  const result = (await seeded.json()).result.data as { seedStoryPath: string };

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'bn-BD' });
  const tab = await reader.newPage();
  const problems: string[] = [];
  tab.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
  });
  const response = await tab.goto(result.seedStoryPath);
  expect(response!.status()).toBe(200);
  expect(response!.headers()['cache-control']).toBe(
    'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
  );
  await expect(tab.locator('html')).toHaveAttribute('lang', 'bn');

  const story = tab.locator('article.story');
  const elements = [
    tab.getByRole('link', { name: 'যুক্তরাষ্ট্র', exact: true }).last(),
    tab.getByRole('heading', { level: 1, name: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক' }),
    story.locator('.byline', { hasText: 'কাগজ ডেস্ক' }),
    story.locator('.dateline', { hasText: 'প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম' }),
    story.getByRole('img', { name: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক' }),
    story.locator('figcaption', { hasText: 'ইলন মাস্ক। ছবি : সংগৃহীত' }),
    story.getByText('বিশ্বব্যাপী কৃত্রিম বুদ্ধিমত্তা (এআই) খাতে প্রতিযোগিতা ক্রমেই তীব্র হচ্ছে।', { exact: false }),
    story.getByRole('link', { name: 'জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের' }),
    story.getByText('প্রযুক্তি মহল মনে করছে', { exact: false }),
    tab.getByRole('complementary').getByRole('heading', { name: 'আরো খবর' }),
    tab.getByRole('link', { name: 'সব খবর' }),
    tab.getByRole('contentinfo').getByText('সম্পাদক : নমুনা সম্পাদক'),
    tab.getByRole('contentinfo').getByText('প্রকাশক : নমুনা প্রকাশক'),
  ];
  let lastTop = -1;
  for (const element of elements) {
    await expect(element).toBeVisible();
    const box = (await element.boundingBox())!;
    expect(box.y, `${element} comes after the previous element`).toBeGreaterThan(lastTop);
    lastTop = box.y;
  }
  await expect(story.locator('.read-more')).toHaveText('আরো পড়ুন : জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের');
  await expect(story.locator('.story-body > p:not(.read-more)')).toHaveCount(9);

  // The related list: four stories, each a thumbnail (alt = title) and the title, in the desk's order.
  const related = tab.getByRole('complementary').getByRole('listitem');
  await expect(related).toHaveCount(4);
  await expect(related.nth(0)).toHaveText(
    'মাইলস্টোনে বিমান বিধ্বস্ত জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩',
  );
  await expect(related.nth(0).getByRole('img')).toHaveAttribute(
    'alt',
    'জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩',
  );
  await expect(related.nth(3)).toHaveText('মাইলস্টোন ট্র্যাজেডির নেপথ্য, কী বার্তা দিলো আমাদের?');

  // Images have loaded renditions with their own sizes; the Bengali webfont is ours and in use.
  const lead = story.locator('figure.lead-image img');
  await expect(lead).toHaveAttribute('srcset', /\d+w/);
  expect(await lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await tab.evaluate(() => document.fonts.ready);
  expect(await tab.evaluate(() => document.fonts.check('18px "Noto Serif Bengali"', 'বাংলা'))).toBe(true);
  const fontUrls = await tab.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('.woff2')),
  );
  expect(fontUrls.length).toBeGreaterThan(0);
  for (const url of fontUrls) expect(new URL(url).origin).toBe(new URL(tab.url()).origin);

  // No script but the JSON-LD data block, and nothing refused by the CSP.
  const scripts = await tab
    .locator('script')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('type')));
  expect(scripts).toEqual(['application/ld+json']);
  const jsonLd = JSON.parse((await tab.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', datePublished: '2025-07-23T07:48:00.000Z' });
  expect(problems).toEqual([]);

  const axe = await new AxeBuilder({ page: tab }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Thumbnails are lazy: bring each into view and check it loaded, so the screenshot shows them too.
  for (const img of await related.getByRole('img').all()) {
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true);
  }
  const shot = await tab.screenshot({ fullPage: true, path: testInfo.outputPath('seed-story.png') });
  await testInfo.attach('seed-story', { body: shot, contentType: 'image/png' });

  // The feeds are well-formed XML as a browser's strict parser reads them. The sitemap index
  // points at the story's month (23 July 2025, Dhaka); the news sitemap holds only the last
  // 48 hours, so the 2025 demo stories are not in it.
  const storyPath = new URL(tab.url()).pathname;
  for (const [feed, needle, mustList] of [
    ['/rss.xml', storyPath, true],
    ['/sitemap.xml', '/sitemaps/stories-2025-07.xml', true],
    ['/sitemaps/stories-2025-07.xml', storyPath, true],
    ['/news-sitemap.xml', storyPath, false],
  ] as const) {
    const parsed = await tab.evaluate(
      async ({ url, text: wanted }) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          wellFormed: doc.getElementsByTagName('parsererror').length === 0,
          lists: text.includes(wanted),
        };
      },
      { url: feed, text: needle },
    );
    expect(parsed.wellFormed, feed).toBe(true);
    expect(parsed.lists, feed).toBe(mustList);
  }
  await reader.close();
});

test('the public site works without JavaScript, and staff preview is private', async ({ page, browser }) => {
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: { cookies: [], origins: [] },
  });
  const tab = await noScript.newPage();
  await tab.goto('/');
  await expect(tab.locator('.lead-story h2')).toBeVisible();
  await tab.getByRole('navigation', { name: 'বিভাগ' }).getByRole('link', { name: 'যুক্তরাষ্ট্র' }).click();
  await expect(tab.getByRole('heading', { level: 1, name: 'যুক্তরাষ্ট্র' })).toBeVisible();
  await tab.getByRole('link', { name: /গ্রোক/ }).first().click();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(
    '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
  );
  const id = /\/article\/([0-9a-f-]{36})\//.exec(tab.url())![1];
  // A visitor asking for a preview is sent to sign in.
  await tab.goto(`/preview/${id}`);
  expect(new URL(tab.url()).pathname).toMatch(/^\/admin/);
  await noScript.close();

  await signInAsAdmin(page);
  const preview = await page.goto(`/preview/${id}`);
  expect(preview!.headers()['cache-control']).toBe('private, no-store');
  await expect(page.getByRole('status')).toContainText('Preview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
  );
});
