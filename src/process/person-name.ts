/**
 * A simple, documented heuristic: does an actor's name look like a private person rather than an institution?
 *
 * - It starts with a form of address or title: `Frau …`, `Herr …`, `Dr. …`, `Prof. …` → person.
 * - It consists of two or three capitalised words (`Maria Müller`, `Hans-Otto Beispiel`) and contains none of the
 *   usual institution words (amt, verband, verein, e. V., stelle, dienst, jobcenter, …) → person.
 * - Anything else is taken as an institution.
 *
 * It warns, never fails: „Caritas Hainwald“ would be a false alarm if „caritas“ were not in the list, so the list is
 * generous and the planner can always rephrase (e.g. „Caritas-Region Hainwald“).
 */
const ADDRESS = /^(frau|herr|fr\.|hr\.|dr\.|prof\.)\s/i;
const WORD = /^[A-ZÄÖÜ][a-zäöüß]+(-[A-ZÄÖÜ][a-zäöüß]+)?$/;
const INSTITUTION_PARTS = [
  'amt', 'agentur', 'ausschuss', 'beirat', 'behörde', 'büro', 'bund', 'caritas', 'center', 'dezernat', 'diakonie', 'dienst',
  'e. v', 'e.v', 'forum', 'gemeinde', 'genossenschaft', 'ggmbh', 'gmbh', 'gruppe', 'haus', 'hilfe', 'initiative', 'inspektion',
  'kammer', 'kirche', 'klinik', 'kommune', 'konferenz', 'koordination', 'kreis', 'land', 'liga', 'management', 'ministerium',
  'netz', 'planung', 'polizei', 'praxis', 'projekt', 'punkt', 'rat', 'referat', 'region', 'ring', 'schaft', 'schule', 'service', 'stadt',
  'stelle', 'stiftung', 'tafel', 'träger', 'verband', 'verein', 'verwaltung', 'werk', 'zentrum',
];

export function looksLikePerson(name: string): boolean {
  const n = name.trim();
  if (ADDRESS.test(n)) return true;
  const words = n.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => WORD.test(w))) return false;
  const lower = n.toLowerCase();
  return !INSTITUTION_PARTS.some((part) => lower.includes(part));
}
