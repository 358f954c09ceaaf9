/**
 * Editor support for VS Code / VSCodium, generated (never hand-kept) by `npm run schemas`:
 *
 *   zod schemas (publikation.yaml, website.yaml, glossar.yaml, *.einstellungen.yaml,
 *   data/quellen/*.yaml)                                                           ─→ .vscode/schemas/*.json
 *   components.ts (the MDX components and their props)                             ─→ .vscode/mdx.code-snippets
 *   the two tables above                                                           ─→ .vscode/settings.json
 *   `npm run check` and its message format (src/errors/problem.ts)                 ─→ .vscode/tasks.json
 *   the extensions these need                                                      ─→ .vscode/extensions.json
 *
 * Pure: returns every file as path (relative to the tool's root) → text. tests/unit/workplace/ compares the
 * result with the committed files, so a schema change without `npm run schemas` fails the tests.
 */
import { z } from 'zod';
import { einstellungen } from '../data/schemas/einstellungen.ts';
import { quelle } from '../data/schemas/quelle.ts';
import { settingsSchema } from '../publication/settings-schema.ts';
import { glossarySchema } from '../references/glossary.ts';
import { websiteSchema } from '../site/website-schema.ts';
import { COMPONENT_DOCS, type ComponentDoc } from './components.ts';

export interface YamlFileSchema {
  /** File name below .vscode/schemas/. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodType;
  /** Workspace globs of the files it describes (the project itself, the example, test fixtures). */
  globs: string[];
}

export const YAML_SCHEMAS: readonly YamlFileSchema[] = [
  {
    name: 'publikation.schema.json',
    title: 'publikation.yaml',
    description: 'Einstellungen einer Publikation: Titel, Kreis, Status, Datum, Kontakt (Handbuch, Abschnitt „Publikationen“).',
    schema: settingsSchema,
    globs: ['content/*/publikation.yaml', '**/content/*/publikation.yaml'],
  },
  {
    name: 'website.schema.json',
    title: 'website.yaml',
    description: 'Angaben für die ganze Website: Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit.',
    schema: websiteSchema,
    globs: ['content/website.yaml', '**/content/website.yaml'],
  },
  {
    name: 'glossar.schema.json',
    title: 'glossar.yaml',
    description: 'Das Glossar: Begriffe und ihre Erklärungen, im Text markiert mit <Begriff>…</Begriff>.',
    schema: glossarySchema,
    globs: ['content/glossar.yaml', '**/content/glossar.yaml'],
  },
  {
    name: 'einstellungen.schema.json',
    title: '<datei>.einstellungen.yaml',
    description: 'Was sich aus einer CSV-Datei nicht ablesen lässt, z. B. das Dezimalzeichen.',
    schema: einstellungen,
    globs: ['data/**/*.einstellungen.yaml', '**/data/**/*.einstellungen.yaml'],
  },
  {
    name: 'quelle.schema.json',
    title: 'data/quellen/<name>.yaml',
    description: 'Was der Bericht aus einer amtlichen Datei übernimmt, die unverändert daneben liegt (<name>.csv oder <name>.xlsx): Quelle, Spalten, Indikatoren.',
    schema: quelle,
    globs: ['data/quellen/*.yaml', 'data/quellen/*.yml', '**/data/quellen/*.yaml', '**/data/quellen/*.yml'],
  },
];

const SCHEMA_DIR = '.vscode/schemas';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** VS Code reads its own files as JSON with comments: the note goes in a comment, not in a key it would flag. */
const GENERATED = '// Erzeugt von „npm run schemas“ aus den Schemas des Werkzeugs – nicht von Hand ändern.\n';
const jsonc = (value: unknown, note = '') => `${GENERATED}${note ? `// ${note}\n` : ''}${json(value)}`;

/** The JSON of a file written by jsonc(), for tests. */
export function parseJsonc(text: string): unknown {
  return JSON.parse(text.replace(/^\/\/.*\n/gm, ''));
}

/** The JSON Schema (draft-07, what the YAML extension reads) of one file, with German descriptions and examples. */
export function jsonSchemaOf(entry: YamlFileSchema): Record<string, unknown> {
  const generated = z.toJSONSchema(entry.schema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: entry.title, description: entry.description, ...rest };
}

function snippetBody(c: ComponentDoc, props: ComponentDoc['props']): string {
  let n = 0;
  const attrs = props.map((prop) => {
    n += 1;
    return prop.expression ? ` ${prop.name}={\${${n}:${prop.example}}}` : ` ${prop.name}="\${${n}:${prop.example}}"`;
  });
  if (c.wraps) return `<${c.name}${attrs.join('')}>\${${n + 1}:${c.wraps.placeholder}}</${c.name}>$0`;
  return `<${c.name}${attrs.join('')} />$0`;
}

function propList(props: ComponentDoc['props']): string {
  if (props.length === 0) return 'Ohne Angaben.';
  return props.map((p) => `${p.name}${p.required ? ' (Pflicht)' : ''}: ${p.description}`).join('\n');
}

/** One snippet with the required props and one with all of them, per component. */
export function snippets(): Record<string, { scope: string; prefix: string[]; body: string[]; description: string }> {
  const out: Record<string, { scope: string; prefix: string[]; body: string[]; description: string }> = {};
  out['Kapitelkopf'] = {
    scope: 'mdx',
    prefix: ['kapitel', '---'],
    body: ['---', 'titel: ${1:Titel des Kapitels}', 'reihenfolge: ${2:1}', 'beschreibung: ${3:Ein Satz für die Kapitelübersicht.}', '---', '', '## ${4:Erster Abschnitt}', '', '$0'],
    description: 'Kopf eines Kapitels (Frontmatter): titel (Pflicht), reihenfolge, kurztitel, beschreibung.',
  };
  for (const c of COMPONENT_DOCS) {
    const required = c.props.filter((p) => p.required);
    const doc = `${c.description}\n\n${propList(c.props)}`;
    out[c.name] = { scope: 'mdx', prefix: [c.name, `<${c.name}`], body: [snippetBody(c, required)], description: doc };
    if (required.length < c.props.length) {
      out[`${c.name} (alle Angaben)`] = { scope: 'mdx', prefix: [`${c.name}+`, `<${c.name}+`], body: [snippetBody(c, c.props)], description: doc };
    }
    if (c.variant === 'frei') {
      out['Diagramm (eigene Daten)'] = {
        scope: 'mdx',
        prefix: ['Diagramm-frei', '<Diagramm-frei'],
        body: [
          '<Diagramm daten="${1:frei/dateiname}" titel="${2:Titel der Abbildung}" beschreibung="${3:Was die Abbildung zeigt, in einem Satz.}" spec={{ mark: "${4|bar,line|}", encoding: { x: { field: "${5:jahr}", type: "ordinal", title: "${6:Jahr}" }, y: { field: "${7:wert}", type: "quantitative", title: "${8:Anzahl}" } } }} quelle="${9:Quelle der Daten}" />$0',
        ],
        description:
          'Freies Diagramm aus einer CSV-Datei in data/frei/ mit einer Vega-Lite-Angabe.\n\ndaten (Pflicht): Pfad unter data/ ohne .csv.\ntitel (Pflicht): Titel der Abbildung.\nbeschreibung: Was die Abbildung zeigt (für Screenreader).\nspec (Pflicht): Vega-Lite-Angabe in {{ … }}.\nquelle: Quellenangabe.',
      };
    }
  }
  return out;
}

/** The problem matcher for `npm run check`: `datei:zeile:spalte: fehler|warnung: meldung` (src/errors/problem.ts). */
function problemMatchers() {
  const withLine = (severity: 'error' | 'warning', word: string) => ({
    owner: 'sozialbericht',
    source: 'npm run check',
    fileLocation: ['relative', '${workspaceFolder}'],
    severity,
    pattern: { regexp: `^([^\\s].*?):(\\d+):(\\d+): ${word}: (.*)$`, file: 1, line: 2, column: 3, message: 4 },
  });
  const wholeFile = (severity: 'error' | 'warning', word: string) => ({
    owner: 'sozialbericht',
    source: 'npm run check',
    fileLocation: ['relative', '${workspaceFolder}'],
    severity,
    pattern: { regexp: `^([^\\s:][^:]*): ${word}: (.*)$`, kind: 'file', file: 1, message: 2 },
  });
  return [withLine('error', 'fehler'), withLine('warning', 'warnung'), wholeFile('error', 'fehler'), wholeFile('warning', 'warnung')];
}

/** Every generated editor file, path → text. */
export function editorFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of YAML_SCHEMAS) files.set(`${SCHEMA_DIR}/${entry.name}`, json(jsonSchemaOf(entry)));
  files.set('.vscode/mdx.code-snippets', jsonc(snippets()));
  files.set(
    '.vscode/settings.json',
    jsonc(
      {
        'yaml.schemas': Object.fromEntries(YAML_SCHEMAS.map((e) => [`./${SCHEMA_DIR}/${e.name}`, e.globs])),
        'yaml.validate': true,
        'yaml.hover': true,
        'yaml.completion': true,
        'files.associations': { '*.mdx': 'mdx', '*.einstellungen.yaml': 'yaml' },
        'files.encoding': 'utf8',
        'editor.wordWrap': 'on',
        '[mdx]': { 'editor.quickSuggestions': { other: true, comments: false, strings: true } },
      },
      'Eigene Einstellungen gehören in Ihre Benutzereinstellungen (Datei → Einstellungen), nicht hierher.',
    ),
  );
  files.set(
    '.vscode/tasks.json',
    jsonc({
      version: '2.0.0',
      tasks: [
        {
          label: 'Prüfen (npm run check)',
          type: 'npm',
          script: 'check',
          group: { kind: 'build', isDefault: true },
          presentation: { reveal: 'always', clear: true },
          problemMatcher: problemMatchers(),
        },
        { label: 'Vorschau (npm run dev)', type: 'npm', script: 'dev', isBackground: true, problemMatcher: [] },
        { label: 'Bauen (npm run build)', type: 'npm', script: 'build', group: 'build', problemMatcher: problemMatchers() },
      ],
    }),
  );
  files.set(
    '.vscode/extensions.json',
    jsonc({ recommendations: ['redhat.vscode-yaml', 'unifiedjs.vscode-mdx'] }),
  );
  return files;
}
