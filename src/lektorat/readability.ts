/**
 * The first Wiener Sachtextformel (Bamberger/Vanecek 1984) for German non-fiction: about the school year a reader
 * needs (4 = very easy, 15 = very hard). WSTF = 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875 with MS the
 * percentage of words with three or more syllables, SL the mean sentence length in words, IW the percentage of
 * words with more than six letters, ES the percentage of one-syllable words.
 */

const VOWEL_GROUP = /(?:ei|ie|au|eu|äu|ai|[aeiouyäöü])+/gi;

/** Syllables of a German word, counted as groups of vowels (good enough for the formula). */
export function syllables(word: string): number {
  return Math.max(1, word.match(VOWEL_GROUP)?.length ?? 0);
}

export function wienerSachtextformel(text: string): number | null {
  const sentences = text.split(/[.!?:;]+(?:\s|$)/).map((s) => s.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 0);
  const words = sentences.flat();
  if (words.length === 0) return null;
  const pct = (n: number) => (100 * n) / words.length;
  const ms = pct(words.filter((w) => syllables(w) >= 3).length);
  const sl = words.length / sentences.length;
  const iw = pct(words.filter((w) => w.length > 6).length);
  const es = pct(words.filter((w) => syllables(w) === 1).length);
  return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
}
