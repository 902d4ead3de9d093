import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { mutate, query } from '../fixtures/trpc';

export { mutate, query };

export interface StoryOnServer {
  version: number;
  headline: string;
  body: unknown;
}

export async function storyText(request: APIRequestContext, id: string): Promise<string> {
  const story = await query<StoryOnServer>(request, 'articles.get', { id });
  return `${story.headline}\n${JSON.stringify(story.body)}`;
}

export async function createStory(page: Page, headline: string): Promise<string> {
  const { id } = await mutate<{ id: string }>(page.request, 'articles.create', {
    headline,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'শুরুর লেখা।' }] }] },
  });
  return id;
}

/** The story body, ready to type at its end. */
export async function typeAtEnd(page: Page, text: string) {
  const body = page.getByRole('textbox', { name: 'Story text' });
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}
