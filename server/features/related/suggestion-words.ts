import { tokenize } from '../../../shared/bn';

// Words that say nothing about a story's subject. full-text rank has no idea of how
// common a word is, so without this list every story would "share" ও, করে and থেকে.
const STOP_WORDS_RAW = `
অবশ্য অথবা অনেক অন্য অন্যান্য আগে আছে আজ আবার আমরা আমাদের আমার আর আরও আরো ই এ এই এক একটি এখন এখনও
এটা এটি এত এদের এবং এবার এমন এর এরপর এসব ও ওই ওর ওরা কথা কবে কয়েক করা করতে করবে করলে করে করেছে
করেছেন করেন কাছে কারণ কি কিংবা কিছু কিন্তু কী কে কেউ কেন কোন কোনো খুব গত গিয়ে গেছে গেল চলে জন্য জানান
জানিয়েছেন তবে তা তাই তাকে তাদের তার তারা তাঁর তাঁরা তিনি তো থাকে থাকবে থেকে দিয়ে দিয়েছে দেওয়া দেন না নয় নিয়ে
নেই পর পরে পারে প্রতি প্রথম ফলে বলে বলেন বলেছেন বা বিভিন্ন বেশি ভাবে মধ্যে মনে যখন যদি যা যাতে যায় যে যেন
শুধু সঙ্গে সব সবচেয়ে সময় সহ সাথে সে সেই সেখানে হবে হয় হয়ে হয়েছে হয়েছিল হলে হলো হল হাজার হিসেবে
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(tokenize(STOP_WORDS_RAW));

function meaningful(token: string): boolean {
  return !STOP_WORDS.has(token) && Array.from(token).length >= 2 && !/^\d+$/.test(token);
}

/**
 * The words that best say what a story is about, for "stories like this one":
 * every headline word (headlines are chosen words), then the body's most frequent
 * words, without stop words, single letters and bare numbers.
 */
export function topWords(story: { headline: string; bodyText: string }, max = 16): string[] {
  const words: string[] = [];
  for (const token of tokenize(story.headline)) {
    if (meaningful(token) && !words.includes(token)) words.push(token);
  }
  const counts = new Map<string, number>();
  for (const token of tokenize(story.bodyText)) {
    if (meaningful(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const frequent = [...counts]
    .filter(([token, n]) => n >= 2 && !words.includes(token))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([token]) => token);
  return [...words, ...frequent].slice(0, max);
}
