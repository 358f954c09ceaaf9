/**
 * Text widths of the chart font (Source Sans 3, regular) without a canvas. vega measures text with a canvas when
 * it has one; in Node it guesses 0.8 em per character, which is 60 % too wide for this font: legends and labels
 * were cut short („Pflegegeld (Versorgung durch Ang…“) and the layout left room for text that is not there.
 * The advance widths below were measured once in Chromium with the self-hosted font (per 1000 units of the em);
 * a character not listed counts as wide (0.6 em). Bold text (600) is about 4 % wider; SAFETY covers it.
 */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ÄÖÜäöüßéèáàç–—…·−±€§°²³½„“”‚‘’«»×';
const WIDTHS = [
  200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 497, 497, 497, 497, 497, 497, 497, 497, 497,
  497, 249, 249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579, 486, 727, 647, 664, 566, 664,
  569, 534, 536, 645, 515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504, 553, 456, 555, 496, 292, 504, 544, 246, 247,
  495, 255, 829, 547, 542, 555, 555, 347, 419, 338, 544, 467, 719, 446, 467, 425, 303, 241, 303, 497, 544, 664, 645, 504, 542,
  544, 576, 496, 496, 504, 504, 456, 480, 800, 948, 249, 497, 497, 497, 497, 331, 367, 367, 808, 426, 426, 426, 249, 249, 249,
  429, 429, 497,
];
const ADVANCE = new Map([...CHARS].map((c, i) => [c, WIDTHS[i]!]));
const UNKNOWN = 600;
/** Measured widths are exact for regular text; 6 % more covers semibold titles and rounding in the browser. */
const SAFETY = 1.06;

/** Width in px of `text` set in the chart font at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const c of text) units += ADVANCE.get(c) ?? UNKNOWN;
  return (units / 1000) * fontSize * SAFETY;
}
