/**
 * The Lektorat's checks on one chapter's prose (prose.ts), all warnings: repeated words, straight or unclosed
 * quotes, numbers typed by hand that equal a data value of an indicator named nearby, headings with one `#`, images
 * without alternative text. Spelling needs the dictionary and runs separately (speller.ts, check.ts).
 */
import type { Nodes } from 'mdast';
import type { ChapterModel } from '../chapters/model.ts';
import { lektoratErrors } from '../errors/chapters.ts';
import type { Location, Problem } from '../errors/problem.ts';
import type { DataStore } from '../data/types.ts';
import type { ProseBlock } from './prose.ts';

const REPEATED = /(?<![\p{L}\p{N}])(\p{L}+)(\s+)\1(?![\p{L}\p{N}])/giu;
// German numbers as typed: 1.234,5 or 12,4 or 1234
const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\p{N}]|,\d|\.\d)/gu;

export function proseFindings(model: ChapterModel, blocks: readonly ProseBlock[], store: DataStore | null): Problem[] {
  const problems: Problem[] = [];
  const at = (block: ProseBlock, index: number): Location => ({ file: model.file, ...model.position(block.offsets[index] ?? 0) });
  for (const block of blocks) {
    for (const m of block.text.matchAll(REPEATED)) {
      if (m[1]!.toLowerCase() !== m[0].slice(m[1]!.length + m[2]!.length).toLowerCase() || grammatical(block.text, m.index, m[1]!)) continue;
      problems.push(lektoratErrors.repeatedWord(at(block, m.index + m[1]!.length + m[2]!.length), m[0].replace(/\s+/g, ' ')));
    }
    let open = -1;
    for (let i = 0; i < block.text.length; i++) {
      const c = block.text[i];
      // a straight quote after „ is its (wrongly typed) closing mark: one mistake, one warning
      if (c === '"') {
        problems.push(lektoratErrors.straightQuote(at(block, i)));
        open = -1;
      } else if (c === '„') open = i;
      else if (c === '“') open = -1;
    }
    if (open >= 0) problems.push(lektoratErrors.unclosedQuote(at(block, open)));
    if (store) problems.push(...handTypedValues(block, store, (i) => at(block, i)));
  }
  const visit = (node: Nodes) => {
    const offset = node.position?.start.offset ?? 0;
    const where = { file: model.file, ...model.position(offset) };
    if (node.type === 'heading' && node.depth === 1) problems.push(lektoratErrors.topHeading(where));
    if (node.type === 'image' && !node.alt?.trim()) problems.push(lektoratErrors.imageWithoutAlt(where));
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const alt = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
      if (!alt || (typeof alt.value === 'string' && !alt.value.trim())) problems.push(lektoratErrors.imageWithoutAlt(where));
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  if (model.tree) visit(model.tree);
  return problems;
}

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** „…, die die Umsetzung“ (relative pronoun and article) and „weil sie sie kennen“ are good German. */
function grammatical(text: string, index: number, word: string): boolean {
  const w = word.toLowerCase();
  if (w === 'sie') return true;
  return ARTICLES.has(w) && /,\s*$/.test(text.slice(Math.max(0, index - 3), index));
}

/** Indicators the block names: by `<Wert indikator>` or a component next to it, or by the indicator's title. */
function indicatorsNear(block: ProseBlock, store: DataStore): string[] {
  const ids = new Set(block.indikatoren.filter((id) => store.indikatoren.has(id)));
  const lower = block.text.toLowerCase();
  for (const [id, ind] of store.indikatoren) if (ind.titel.length > 3 && lower.includes(ind.titel.toLowerCase())) ids.add(id);
  return [...ids];
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * Numbers in the block that equal (at the precision typed) a value of an indicator named nearby, for a Gebiet and a
 * year the block names (by `<Wert>` or in the text); a block naming no year or Gebiet allows all. Ages („unter 15
 * Jahren“), years and one-digit counts are not values.
 */
function handTypedValues(block: ProseBlock, store: DataStore, at: (index: number) => Location): Problem[] {
  const ids = indicatorsNear(block, store);
  if (ids.length === 0) return [];
  const numbers = [...block.text.matchAll(NUMBER)].map((m) => {
    const decimals = m[2]?.length ?? 0;
    return { m, decimals, typed: Number(`${m[1]!.replace(/\./g, '')}.${m[2] ?? '0'}`) };
  });
  const years = new Set([...block.jahre, ...numbers.filter((n) => n.decimals === 0 && isYear(n.typed)).map((n) => n.typed)]);
  const lower = block.text.toLowerCase();
  const gebiete = new Set([...block.gebiete, ...[...store.gebiete.values()].filter((g) => g.name.length > 3 && lower.includes(g.name.toLowerCase())).map((g) => g.id)]);
  const problems: Problem[] = [];
  for (const { m, decimals, typed } of numbers) {
    if (decimals === 0 && (m[1]!.length < 2 || isYear(typed))) continue;
    if (/^\s*Jahr/.test(block.text.slice(m.index + m[0].length))) continue;
    const hit = findValue(store, ids, typed, decimals, years, gebiete);
    if (hit) problems.push(lektoratErrors.handTypedValue(at(m.index), m[0], hit.indikator, hit.gebiet, hit.jahr));
  }
  return problems;
}

function findValue(
  store: DataStore,
  ids: readonly string[],
  typed: number,
  decimals: number,
  years: ReadonlySet<number>,
  gebiete: ReadonlySet<string>,
): { indikator: string; gebiet: string; jahr: number } | null {
  const factor = 10 ** decimals;
  for (const indikator of ids) {
    for (const gebiet of gebiete.size > 0 ? gebiete : store.gebiete.keys()) {
      for (const cell of store.series(indikator, gebiet)) {
        if (cell.wert === null || (years.size > 0 && !years.has(cell.jahr))) continue;
        if (Math.round(cell.wert * factor) === Math.round(typed * factor)) return { indikator, gebiet, jahr: cell.jahr };
      }
    }
  }
  return null;
}
