const KEY = 'barta.tabId';

/** One id per browser tab (sessionStorage survives a reload of the same tab, not a new tab). */
export function tabId(): string {
  let id = sessionStorage.getItem(KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(KEY, id);
  }
  return id;
}
