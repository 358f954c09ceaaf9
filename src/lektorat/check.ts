/**
 * The Lektorat before the Kreistag reads it: prose warnings for every chapter (findings.ts) and spelling against
 * dictionary-de plus the project's own word list `content/woerterbuch.txt` (one word a line, `#` starts a comment).
 * All are warnings; `npm run check -- --streng` makes them errors. Also a per-chapter summary with the Wiener
 * Sachtextformel, which `npm run check -- --lektorat` prints and the authors' report page shows with every finding
 * (report-page.ts; written to .lektorat/bericht.html and served by `npm run dev`, never published).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChapterModel } from '../chapters/model.ts';
import { lektoratErrors } from '../errors/chapters.ts';
import { sortProblems, type Problem } from '../errors/problem.ts';
import type { DataStore } from '../data/types.ts';
import type { ProjectPaths } from '../project.ts';
import { proseFindings } from './findings.ts';
import { proseBlocks, type ProseBlock } from './prose.ts';
import { wienerSachtextformel } from './readability.ts';

export const WORD_LIST = 'woerterbuch.txt';

export interface ChapterSummary {
  file: string;
  /** Warnings by code. */
  counts: Map<string, number>;
  wstf: number | null;
  /** The chapter's warnings (for the authors' report page, report-page.ts). */
  findings: Problem[];
}

/** The project's own words (names of places, institutions, technical terms). */
export function projectWords(paths: ProjectPaths): string[] {
  const file = path.join(paths.content, WORD_LIST);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

const WORD = /\p{L}+(?:[-’']\p{L}+)*/gu;

/** Words worth a dictionary look-up: no abbreviations in capitals, no single letters. */
function words(block: ProseBlock): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const m of block.text.matchAll(WORD)) {
    let index = m.index;
    for (const part of m[0].split(/[-’']/)) {
      if (part.length > 1 && part !== part.toUpperCase()) out.push({ word: part, index });
      index += part.length + 1;
    }
  }
  return out;
}

/** Every word of the chapters' prose that is not in the project's word list, each once (for the speller). */
export function chapterWords(models: readonly ChapterModel[], personal: readonly string[]): string[] {
  const known = new Set(personal);
  const all = new Set<string>();
  for (const model of models) for (const b of proseBlocks(model)) for (const w of words(b)) if (!known.has(w.word)) all.add(w.word);
  return [...all];
}

/** The Lektorat of the chapters; `unknownWords` is the speller's answer (speller.ts), or null to leave spelling out. */
export async function lektorat(
  models: readonly ChapterModel[],
  store: DataStore | null,
  unknownWords: Promise<Set<string>> | null,
): Promise<{ problems: Problem[]; summaries: ChapterSummary[] }> {
  const perChapter = models.map((model) => {
    const blocks = proseBlocks(model);
    return { model, blocks, problems: proseFindings(model, blocks, store) };
  });
  if (unknownWords) {
    const unknown = await unknownWords;
    for (const c of perChapter) {
      for (const b of c.blocks) {
        for (const w of words(b)) {
          if (unknown.has(w.word)) c.problems.push(lektoratErrors.spelling({ file: c.model.file, ...c.model.position(b.offsets[w.index] ?? 0) }, w.word));
        }
      }
    }
  }
  const summaries = perChapter.map(({ model, blocks, problems }) => {
    const counts = new Map<string, number>();
    for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    const prose = blocks.filter((b) => b.kind === 'absatz').map((b) => b.text).join('\n');
    return { file: model.file, counts, wstf: wienerSachtextformel(prose), findings: sortProblems(problems) };
  });
  return { problems: perChapter.flatMap((c) => c.problems), summaries };
}

/** `--streng`: the Lektorat's warnings become errors. */
export function strict(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => (p.code.startsWith('lektorat-') && p.severity === 'warnung' ? { ...p, severity: 'fehler' } : p));
}

/** The kinds of warnings, in the order the summary and the report page show them. */
export const KIND_LABEL: Record<string, string> = {
  'lektorat-rechtschreibung': 'Rechtschreibung',
  'lektorat-wortdopplung': 'Wortdopplung',
  'lektorat-anfuehrungszeichen': 'Anführungszeichen',
  'lektorat-zahl-von-hand': 'Zahl von Hand',
  'lektorat-ueberschrift-ebene': 'Überschrift',
  'lektorat-bild-ohne-alternativtext': 'Bild ohne Alternativtext',
};

/** One line per chapter: `content/…/03-x.mdx: 2 Rechtschreibung, 1 Wortdopplung · Wiener Sachtextformel 11,2` */
export function formatSummary(s: ChapterSummary): string {
  const kinds = [...s.counts].map(([code, n]) => `${n.toLocaleString('de-DE')} ${KIND_LABEL[code] ?? code}`).join(', ') || 'keine Hinweise';
  const wstf = s.wstf === null ? 'ohne Fließtext' : `Wiener Sachtextformel ${s.wstf.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;
  return `${s.file}: ${kinds} · ${wstf}`;
}
