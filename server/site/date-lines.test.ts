import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatThreeCalendarLine } from '../../shared/bn/bangla-calendar';
import { EventBus } from '../events/bus';
import { buildApp } from '../http/app';
import { insertStory } from '../test/factories';
import { createTestHarness, type TestHarness } from '../test/harness';
import { raw } from './templates/html';
import { renderPage } from './templates/layout';

const site = {
  name: 'বার্তা',
  editor: 'সম্পাদক',
  publisher: 'প্রকাশক',
  cssUrl: '/site.css',
  timeZone: 'Asia/Dhaka',
  hijriOffsetDays: 0,
  banglaDateInDateline: false,
};

describe('masthead date line', () => {
  it('prints today in three calendars, in the newsroom zone, with the Hijri offset', () => {
    // 18:30 UTC on 24 November is already Monday 25 November in Dhaka.
    const now = () => new Date('2024-11-24T18:30:00Z');
    const page = renderPage({ site: { ...site, now }, nav: [], title: 't', main: raw('') });
    expect(page).toContain(
      '<p class="masthead-date">ঢাকা, সোমবার, ১০ অগ্রহায়ণ ১৪৩১, ২৫ নভেম্বর ২০২৪, ২৩ জমাদিউল আউয়াল ১৪৪৬</p>',
    );
    const behind = renderPage({
      site: { ...site, now, hijriOffsetDays: -1 },
      nav: [],
      title: 't',
      main: raw(''),
    });
    expect(behind).toContain('২৫ নভেম্বর ২০২৪, ২২ জমাদিউল আউয়াল ১৪৪৬</p>');
  });
});

describe('public pages with the Bangla date setting', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let plainApp: FastifyInstance;
  let story: Awaited<ReturnType<typeof insertStory>>;

  beforeAll(async () => {
    h = await createTestHarness();
    const config = {
      ...h.config,
      site: { ...h.config.site, banglaDateInDateline: true, hijriOffsetDays: -1 },
    };
    app = await buildApp({ config, database: h.database, events: new EventBus() });
    plainApp = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    story = await insertStory(h.db, {
      headline: 'বঙ্গাব্দের খবর',
      publishedAt: new Date('2025-07-23T07:48:00Z'),
    });
  });
  afterAll(async () => {
    await app.close();
    await plainApp.close();
    await h.close();
  });

  it('shows the masthead date line on the home page', async () => {
    const page = (await app.inject('/')).body;
    const expected = formatThreeCalendarLine(new Date(), { timeZone: 'Asia/Dhaka', hijriOffsetDays: -1 });
    expect(page).toContain(`<p class="masthead-date">${expected}</p>`);
    expect(expected).toMatch(/^ঢাকা, \S+বার, [০-৯]+ \S+ [০-৯]{4}, [০-৯]+ \S+ [০-৯]{4}, [০-৯]+ .+ [০-৯]{4}$/);
  });

  it('adds the Bangla date to the প্রকাশ line only when the site setting is on', async () => {
    const path = `/article/${story.id}/${story.slug}`;
    const on = (await app.inject(path)).body;
    expect(on).toContain(
      'প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম</time> <span class="bangla-date">(৮ শ্রাবণ ১৪৩২)</span>',
    );
    const off = (await plainApp.inject(path)).body;
    expect(off).toContain('প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম</time></p>');
    expect(off).not.toContain('bangla-date');
  });
});
