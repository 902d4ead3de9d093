import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { mutate, query } from '../fixtures/trpc';

/** A story whose one paragraph is `(শুরুর লেখা।)` (see caretInFirstParagraph). */
export async function createSharedStory(page: Page, headline: string): Promise<string> {
  const text = '(শুরুর লেখা।)';
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  return (await mutate<{ id: string }>(page.request, 'articles.create', { headline, body })).id;
}

export const storyBody = (page: Page) => page.getByRole('textbox', { name: 'Story text' });

/** Opens the story and waits until the shared document is here and the body takes input. */
export async function openShared(page: Page, id: string): Promise<void> {
  await page.goto(`/admin/stories/${id}`);
  await expect(page.getByTestId('presence')).toBeVisible();
  await expect(storyBody(page)).toHaveAttribute('contenteditable', 'true');
}

/**
 * Puts the caret at the start or the end of the body (its one paragraph in these stories).
 * Their text starts with a bracket, not a letter: a hasanta typed straight before a
 * consonant joins it into a conjunct, and Chromium then puts the caret after the whole
 * cluster (an IME composes the conjunct first; keyboard.type does not).
 */
export async function caretInFirstParagraph(page: Page, where: 'Home' | 'End'): Promise<void> {
  const first = storyBody(page).locator('p').first();
  // Clicked at its left edge for the start (Control+Home alone was not always obeyed at once).
  await first.click(where === 'Home' ? { position: { x: 2, y: 4 } } : undefined);
  await page.keyboard.press(`Control+${where}`);
}

/** The body's text without the other people's caret labels. */
export function bodyText(page: Page): Promise<string> {
  return storyBody(page).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

interface Revision {
  id: string;
}

/** The story as the server holds it, and its newest revision's text and contributors. */
export async function savedStory(request: APIRequestContext, id: string) {
  const story = await query<{ headline: string; body: unknown; version: number }>(request, 'articles.get', {
    id,
  });
  const revisions = await query<Revision[]>(request, 'articles.revisions', { id });
  const newest = revisions[0]
    ? await query<{ snapshot: { body: unknown; headline: string }; contributorIds: string[] | null }>(
        request,
        'articles.revision',
        { id, revisionId: revisions[0].id },
      )
    : null;
  return {
    text: `${story.headline}\n${JSON.stringify(story.body)}`,
    revisionText: newest ? `${newest.snapshot.headline}\n${JSON.stringify(newest.snapshot.body)}` : '',
    contributors: newest?.contributorIds ?? [],
  };
}

/**
 * A real loss of the co-editing connection for one browser context. Playwright's
 * context.setOffline does not close a WebSocket that is already open, so every /collab
 * socket of the context goes through this route: going offline closes the open ones
 * and refuses new ones (the page sees its socket drop, as when the network goes), and
 * setOffline stops plain HTTP too. Back online, new sockets reach the server again.
 */
export async function controllableCollab(context: import('@playwright/test').BrowserContext) {
  let offline = false;
  const open = new Set<import('@playwright/test').WebSocketRoute>();
  await context.routeWebSocket(/\/collab$/, (ws) => {
    if (offline) return void ws.close({ code: 4000, reason: '' });
    ws.connectToServer();
    open.add(ws);
    ws.onClose(() => open.delete(ws));
  });
  return {
    /** Only the co-editing socket is cut (HTTP stays up, e.g. to reload the page). */
    async cutCollab() {
      offline = true;
      for (const ws of [...open]) await ws.close({ code: 4000, reason: '' });
      open.clear();
    },
    async goOffline() {
      await this.cutCollab();
      await context.setOffline(true);
    },
    async httpBack() {
      await context.setOffline(false);
    },
    async collabBack() {
      offline = false;
    },
  };
}

/**
 * Where a co-editing journey runs: the first person (the administrator, `page`) on the
 * suite's server; the second on `secondBaseURL`, another Barta instance on the same
 * database, or without it on the same server.
 */
export interface CoEditingPlacement {
  page: Page;
  browser: import('@playwright/test').Browser;
  secondBaseURL?: string;
}
