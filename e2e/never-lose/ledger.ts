import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';
import { query } from '../fixtures/trpc';

/** Where each journey leaves its count of sentences typed and found; `npm run drill` sums them. */
export const LEDGER_DIR = path.join(os.tmpdir(), `barta-never-lose-${process.env.E2E_PORT ?? 3100}`);

const BN_DIGITS = '০১২৩৪৫৬৭৮৯';
const bn = (n: number) => String(n).replace(/\d/g, (d) => BN_DIGITS[Number(d)]);

interface RevisionRow {
  id: string;
}
interface RevisionFull {
  snapshot: { headline: string; bodyText: string };
}

/**
 * The sentences a journey types, each unique, and the check that every one of them
 * is still somewhere the editor can get it back: the story's text or its revisions.
 */
export class SentenceLedger {
  readonly typed: string[] = [];
  constructor(
    private readonly journey: string,
    private readonly testInfo: TestInfo,
  ) {}

  /** A new sentence to type: `বাক্য ৩ (<journey>): …` */
  next(words: string): string {
    const sentence = ` বাক্য ${bn(this.typed.length + 1)}: ${words}।`;
    this.typed.push(sentence.trim());
    return sentence;
  }

  /** Every text the server keeps for the story: its current text and every revision. */
  static async serverTexts(request: APIRequestContext, id: string): Promise<string> {
    const story = await query<{ headline: string; body: unknown }>(request, 'articles.get', { id });
    const revisions = await query<RevisionRow[]>(request, 'articles.revisions', { id });
    const texts = [JSON.stringify(story.body)];
    for (const revision of revisions) {
      const full = await query<RevisionFull>(request, 'articles.revision', { id, revisionId: revision.id });
      texts.push(full.snapshot.bodyText);
    }
    return texts.join('\n');
  }

  /** Counts the sentences found, records the count, and fails unless every one is there. */
  async expectAllFound(request: APIRequestContext, id: string): Promise<void> {
    const texts = await SentenceLedger.serverTexts(request, id);
    const found = this.typed.filter((sentence) => texts.includes(sentence));
    const record = {
      journey: this.journey,
      typed: this.typed.length,
      found: found.length,
      sentences: this.typed,
    };
    fs.mkdirSync(LEDGER_DIR, { recursive: true });
    fs.writeFileSync(path.join(LEDGER_DIR, `${this.journey}.json`), JSON.stringify(record, null, 2));
    await this.testInfo.attach('sentences', {
      body: JSON.stringify(record, null, 2),
      contentType: 'application/json',
    });
    console.log(`${this.journey}: ${record.typed} sentences typed, ${record.found} found`);
    expect(found).toEqual(this.typed);
  }
}

/** A screenshot kept with the test's results (test-results/<test>/<name>.png) and attached to the report. */
export async function keepScreenshot(testInfo: TestInfo, page: Page, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
