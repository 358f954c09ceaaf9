/**
 * The process components in the chapters, checked before rendering so `npm run check` names file:line:column:
 * `<Beteiligung phase="…">` needs a known phase, `<Termine phase>` an optional one, `<Massnahmen>` and
 * `<Zielerreichung>` a known `handlungsfeld` if given, `<Abwaegungstabelle publikation>` a known publication.
 */
import { closest } from '../data/similar.ts';
import { componentUses, type AttrValue } from '../chapters/components.ts';
import { chapterModel } from '../chapters/model.ts';
import { processErrors } from '../errors/process.ts';
import type { Location, Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/load.ts';
import { isPhase, PHASEN } from './phases.ts';
import type { Strategie } from './types.ts';

export const PROCESS_COMPONENTS = ['Beteiligung', 'Beteiligungsmatrix', 'Termine', 'Massnahmen', 'Zielerreichung', 'Abwaegungstabelle'] as const;

const textOf = (v: AttrValue | undefined) => (v?.kind === 'text' ? v.value.trim() : null);

export function checkProcessComponents(paths: ProjectPaths, publications: readonly Publication[], strategie: Strategie): Problem[] {
  const problems: Problem[] = [];
  const hf = strategie.handlungsfelder.map((h) => h.id);
  const slugs = publications.map((p) => p.slug);
  for (const chapter of publications.flatMap((p) => p.chapters)) {
    const model = chapterModel(paths.root, chapter.file);
    const at = (offset: number): Location => ({ file: chapter.file, ...model.position(offset) });
    for (const use of componentUses(model, PROCESS_COMPONENTS)) {
      const phase = use.attrs.get('phase');
      const phaseText = textOf(phase);
      if (use.component === 'Beteiligung' && !phase) problems.push(processErrors.phaseProp(at(use.offset), 'Beteiligung', ''));
      if (phase && phaseText !== null && !isPhase(phaseText.toLowerCase())) problems.push(processErrors.phaseProp(at(phase.offset), use.component, phaseText, closest(phaseText, PHASEN)));
      const feld = use.attrs.get('handlungsfeld');
      const feldText = textOf(feld);
      if (feld && feldText !== null && hf.length > 0 && !hf.includes(feldText)) {
        problems.push(processErrors.handlungsfeldProp(at(feld.offset), use.component, feldText, closest(feldText, hf)));
      }
      const teil = use.attrs.get('teil');
      const teilText = textOf(teil);
      if (teil && teilText !== null && !['zaehlung', 'tabelle'].includes(teilText)) problems.push(processErrors.teilProp(at(teil.offset), teilText));
      const pub = use.attrs.get('publikation');
      const pubText = textOf(pub);
      if (pub && pubText !== null && !slugs.includes(pubText)) problems.push(processErrors.unknownPublication(at(pub.offset), pubText, closest(pubText, slugs)));
    }
  }
  return problems;
}
