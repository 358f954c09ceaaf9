/**
 * The planning process as data, checked in the order of the data layer:
 *
 *   data/beteiligung/{akteure,schritte,termine}.csv ─┐ read (src/data/read: encoding, dialect, positions)
 *   data/strategie/{handlungsfelder,ziele,massnahmen}.csv ─┤ validate rows (zod schemas in schemas/)
 *   data/stellungnahmen/*.csv ─────────────────────────┘
 *        │
 *        ▼ references   actor ids, groups, handlungsfeld, ziel, indikator (store), chapter#anchor (content)
 *        ▼ across files required groups per phase (publikation.yaml `pflichtgruppen`), `rueckmeldung`,
 *                     props of the process components in the chapters (phase, handlungsfeld)
 *   ProcessData + problems (file:line:column)
 */
import { processErrors } from '../errors/process.ts';
import { sortProblems, type Problem } from '../errors/problem.ts';
import { checkData } from '../data/check.ts';
import type { DataStore } from '../data/types.ts';
import type { ProjectPaths } from '../project.ts';
import { loadPublications, type Publication } from '../publication/load.ts';
import { parseChannel, unknownPlaceholders } from './feedback-link.ts';
import { checkProcessComponents } from './chapter-props.ts';
import { checkRequiredGroups } from './required-groups.ts';
import type { ProcessData } from './types.ts';
import { validateBeteiligung } from './validate-beteiligung.ts';
import { validateStellungnahmen } from './validate-stellungnahmen.ts';
import { validateStrategie } from './validate-strategie.ts';
import { yamlKeyLocation } from './yaml-location.ts';

export interface ProcessInput {
  /** The data layer's store (for indicators and Gebiete); read from data/ when not given. */
  store?: DataStore;
  /** The publications (settings, chapters); read from content/ when not given. */
  publications?: readonly Publication[];
}

export function loadProcess(paths: ProjectPaths, input: ProcessInput = {}): { data: ProcessData; problems: Problem[] } {
  const problems: Problem[] = [];
  const store = input.store ?? checkData(paths).store;
  const publications = input.publications ?? loadPublications(paths).publications;
  const b = validateBeteiligung(paths, problems);
  problems.push(...checkRequiredGroups(paths, b, publications));
  const strategie = validateStrategie(paths, store, problems);
  const stellungnahmen = validateStellungnahmen(paths, publications, problems);
  problems.push(...checkFeedbackSettings(paths, publications));
  problems.push(...checkProcessComponents(paths, publications, strategie));
  const { termineFile: _file, ...beteiligung } = b;
  return { data: { beteiligung, strategie, stellungnahmen }, problems: sortProblems(problems) };
}

/** Phase „check“ for the planning process: every problem, for src/pipeline.ts checkProject. */
export function checkProcess(paths: ProjectPaths, input: ProcessInput = {}): Problem[] {
  return loadProcess(paths, input).problems;
}

function checkFeedbackSettings(paths: ProjectPaths, publications: readonly Publication[]): Problem[] {
  const problems: Problem[] = [];
  for (const p of publications) {
    const value = p.settings.rueckmeldung;
    if (value === undefined) continue;
    const at = yamlKeyLocation(paths, p.slug, 'rueckmeldung');
    const channel = parseChannel(value);
    if (!channel) problems.push(processErrors.feedbackInvalid(at, value));
    else if (channel.kind === 'url') for (const u of unknownPlaceholders(channel.template)) problems.push(processErrors.feedbackPlaceholder(at, `{${u}}`));
  }
  return problems;
}
