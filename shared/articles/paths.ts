/** `/article/<id>/<slug>`: the id is canonical, the slug is for people. Public site, dashboard and webhooks agree. */
export function storyPath(id: string, slug: string): string {
  return `/article/${id}/${encodeURIComponent(slug)}`;
}
