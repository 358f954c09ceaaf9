/**
 * Worker thread: which of the chapters' words are unknown to the German Hunspell dictionary (dictionary-de) and the
 * project's word list. Building nspell from the whole dictionary takes seconds, so only the dictionary's stems that
 * can matter are loaded: those whose first letters (umlauts folded, at most three) occur somewhere in the words.
 * Three, not four: an inflected form may change the stem's fourth letter (`sagen` → `sagten`), and with four the
 * stem `sagen` was left out of a chapter that says „sagten“ but never „sage…“, so a correct word was reported.
 * nspell knows no German compounding, so a word also counts as correct when it splits into known parts
 * (`Armuts|gefährdung`, `Land|kreis`), with a linking s, es or n.
 */
import { parentPort, workerData } from 'node:worker_threads';
import dictionary from 'dictionary-de';
import nspell from 'nspell';

const { words, personal } = workerData as { words: string[]; personal: string[] };

const fold = (s: string) => s.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 's');
const KEY = 3;
const grams = new Set<string>();
for (const w of words) {
  const f = fold(w);
  for (let n = 1; n <= KEY; n++) for (let i = 0; i + n <= f.length; i++) grams.add(f.slice(i, i + n));
}
const lines = new TextDecoder().decode(dictionary.dic).split('\n');
const kept = [lines[0]];
for (let i = 1; i < lines.length; i++) {
  const stem = fold(lines[i]!.split('/')[0]!);
  if (grams.has(stem.slice(0, KEY))) kept.push(lines[i]);
}
// nspell reads the files with Buffer#toString: a Buffer, not a bare Uint8Array
const spell = nspell({ aff: dictionary.aff, dic: Buffer.from(kept.join('\n')) });
for (const w of personal) spell.add(w);

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const known = (w: string) => spell.correct(w) || spell.correct(cap(w));

function head(part: string): boolean {
  if (known(part)) return true;
  if (part.endsWith('s') && known(part.slice(0, -1))) return true;
  if (part.endsWith('es') && known(part.slice(0, -2))) return true;
  return part.endsWith('n') && known(part.slice(0, -1));
}

function compound(word: string, depth: number): boolean {
  for (let i = 3; i <= word.length - 3; i++) {
    const tail = word.slice(i);
    if (!head(word.slice(0, i))) continue;
    if (known(tail) || (depth < 3 && compound(cap(tail), depth + 1))) return true;
  }
  return false;
}

const correct = (word: string) => known(word) || known(word.toLowerCase()) || compound(word, 0);

parentPort!.postMessage(words.filter((w) => !correct(w)));
