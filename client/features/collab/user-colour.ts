/** Caret colours readable on white, with room for a dark label text. */
const COLOURS = ['#c2410c', '#1d4ed8', '#15803d', '#a21caf', '#b91c1c', '#0e7490', '#6d28d9', '#a16207'];

/** The same colour for one person on every screen and every visit. */
export function colourOf(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}
