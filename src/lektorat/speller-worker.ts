/**
 * Worker thread: loads the German Hunspell dictionary (dictionary-de, a few seconds) while the main thread checks
 * everything else, then answers which words are unknown. nspell knows no German compounding, so a word also
 * counts as correct when it splits into known parts (`Armuts|gefährdung`, `Land|kreis`), with a linking s.
 */
import { parentPort } from 'node:worker_threads';
import dictionary from 'dictionary-de';
import nspell from 'nspell';

const spell = nspell(dictionary);
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

function correct(word: string): boolean {
  return known(word) || known(word.toLowerCase()) || compound(word, 0);
}

parentPort!.on('message', (msg: { words: string[]; personal: string[] }) => {
  for (const w of msg.personal) spell.add(w);
  parentPort!.postMessage(msg.words.filter((w) => !correct(w)));
});
