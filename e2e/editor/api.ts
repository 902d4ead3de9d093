import { type APIRequestContext, expect, type Page } from '@playwright/test';

/** tRPC over HTTP with the page's cookies (non-batched: the body is the input itself). */
export async function mutate<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`/trpc/${path}`, { data: input });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()).result.data as T;
}

export async function query<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()).result.data as T;
}

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
