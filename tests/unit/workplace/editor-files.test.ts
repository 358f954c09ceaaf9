/**
 * The editor files in .vscode/ are generated from the zod schemas and the component table: the committed files
 * must equal what `npm run schemas` writes now, every YAML file of the demo (and of a new project) must pass the
 * JSON Schemas with a standard validator (ajv), every key must say in German what it means, and every MDX
 * component must have a snippet with all its props.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorFiles, parseJsonc } from '../../../src/workplace/editor-files.ts';
import { COMPONENT_NAMES, knownProps } from '../../../src/components/schemas/index.ts';
import { COMPONENT_DOCS } from '../../../src/workplace/components.ts';
import { skeletonFiles } from '../../../src/workplace/skeleton.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const generated = editorFiles();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const schema = (name: string) => JSON.parse(read(`.vscode/schemas/${name}.schema.json`)) as Record<string, unknown>;

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(schema(name));
}

function demoFiles(pattern: RegExp): string[] {
  return fs
    .readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('node_modules') && !f.startsWith('.') && !f.startsWith('dist') && !f.startsWith('tests'))
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => pattern.test(f));
}

describe('generated editor files', () => {
  it('the committed .vscode files are what „npm run schemas“ writes now', () => {
    expect([...generated.keys()].sort()).toEqual([
      '.vscode/extensions.json',
      '.vscode/mdx.code-snippets',
      '.vscode/schemas/einstellungen.schema.json',
      '.vscode/schemas/glossar.schema.json',
      '.vscode/schemas/publikation.schema.json',
      '.vscode/schemas/quelle.schema.json',
      '.vscode/schemas/website.schema.json',
      '.vscode/settings.json',
      '.vscode/tasks.json',
    ]);
    for (const [file, text] of generated) expect(read(file), `${file} ist veraltet: npm run schemas`).toBe(text);
  });

  it('settings.json ties every schema file to its YAML files', () => {
    const settings = parseJsonc(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./.vscode/schemas/publikation.schema.json']).toContain('content/*/publikation.yaml');
    expect(settings['yaml.schemas']['./.vscode/schemas/website.schema.json']).toContain('content/website.yaml');
    expect(settings['yaml.schemas']['./.vscode/schemas/glossar.schema.json']).toContain('content/glossar.yaml');
    expect(settings['yaml.schemas']['./.vscode/schemas/quelle.schema.json']).toContain('data/quellen/*.yaml');
    for (const file of Object.keys(settings['yaml.schemas'])) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
  });
});

describe('the demo’s YAML files pass the JSON Schemas', () => {
  const cases: [string, RegExp][] = [
    ['publikation', /^content\/[^/]+\/publikation\.yaml$/],
    ['website', /^content\/website\.yaml$/],
    ['glossar', /^content\/glossar\.yaml$/],
    ['quelle', /^data\/quellen\/[^/]+\.yaml$/],
  ];
  for (const [name, pattern] of cases) {
    it(`${name}: every file of the demo is valid`, () => {
      const files = demoFiles(pattern);
      expect(files.length).toBeGreaterThan(0);
      const validate = validator(name);
      for (const file of files) {
        const ok = validate(parseYaml(read(file)));
        expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });
  }

  it('einstellungen: the fixture with a decimal point setting is valid', () => {
    const validate = validator('einstellungen');
    expect(validate(parseYaml(read('tests/fixtures/data-excel/data/frei/kita-plaetze.einstellungen.yaml')))).toBe(true);
    expect(validate({ dezimalzeichen: 'strich' })).toBe(false);
  });

  it('quelle: the import fixture is valid; a missing indicator, an unknown key and a wrong separator are refused', () => {
    const validate = validator('quelle');
    const fixture = parseYaml(read('tests/fixtures/quellen/data/quellen/alq-gemeinden.yaml'));
    expect(validate(fixture), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ quelle: 'INKAR 2024', werte: [{ spalte: 'Arbeitslosenquote' }] })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/werte/0');
    expect(validate({ quelle: 'INKAR 2024', werte: [{ indikator: 'alq' }], tabelle: 'x' })).toBe(false);
    expect(validate({ quelle: 'INKAR 2024', werte: [{ indikator: 'alq' }], dezimalzeichen: 'strich' })).toBe(false);
    expect(validate({ quelle: 'INKAR 2024', werte: [] })).toBe(false);
    // the reader accepts numbers where text is meant (`spalte: 2024`), so the editor does too
    expect(validate({ quelle: 'Tabelle 12411', werte: [{ spalte: 2024, indikator: 'bevoelkerung' }], jahr: 2018, blatt: 'Daten' })).toBe(true);
  });

  it('the files of a new project („npm run neu“) are valid too', () => {
    const files = skeletonFiles(
      { name: 'Landkreis Musterland', schluessel: '16099', land: 'Freistaat Thüringen', publikation: 'bericht-2026', titel: 'Bericht 2026' },
      '2026-12-01',
    );
    expect(validator('publikation')(parseYaml(files.get('content/bericht-2026/publikation.yaml')!))).toBe(true);
    expect(validator('website')(parseYaml(files.get('content/website.yaml')!))).toBe(true);
    expect(validator('glossar')(parseYaml(files.get('content/glossar.yaml')!))).toBe(true);
  });

  it('a wrong value is refused, at its key', () => {
    const validate = validator('publikation');
    expect(validate({ titel: 'Bericht', kreis: 'Landkreis Hainwald', datum: '2025-12-01', status: 'fertig' })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/status');
    expect(validate({ titel: 'Bericht', kreis: 'Landkreis Hainwald', datum: '2025-12-01', farbe: 'blau' })).toBe(false);
    expect(validate({ titel: 'Bericht', kreis: 'Landkreis Hainwald' })).toBe(false);
  });
});

describe('German help on hover', () => {
  /** Every property below `node` without a description, as paths. */
  function undescribed(node: unknown, at: string, out: string[]): string[] {
    if (!node || typeof node !== 'object') return out;
    const n = node as Record<string, unknown>;
    const props = n['properties'] as Record<string, Record<string, unknown>> | undefined;
    for (const [key, value] of Object.entries(props ?? {})) {
      if (typeof value['description'] !== 'string' || value['description'] === '') out.push(`${at}/${key}`);
      undescribed(value, `${at}/${key}`, out);
    }
    for (const k of ['items', 'anyOf', 'oneOf', 'allOf']) {
      const v = n[k];
      for (const item of Array.isArray(v) ? v : v ? [v] : []) undescribed(item, at, out);
    }
    return out;
  }

  for (const name of ['publikation', 'website', 'glossar', 'einstellungen', 'quelle']) {
    it(`${name}: every key has a description`, () => {
      expect(undescribed(schema(name), '', [])).toEqual([]);
    });
  }

  it('data/quellen/*.yaml: every key has an example', () => {
    const top = schema('quelle')['properties'] as Record<string, Record<string, unknown>>;
    const werte = (top['werte']!['items'] as { properties: Record<string, Record<string, unknown>> }).properties;
    for (const [key, value] of [...Object.entries(top), ...Object.entries(werte)]) {
      if (key === 'werte') continue;
      expect(Array.isArray(value['examples']) && value['examples'].length > 0, key).toBe(true);
    }
    expect(top['quelle']!['description']).toMatch(/^Woher die Zahlen kommen/);
  });

  it('publikation.yaml: „status“ is explained in German with its default', () => {
    const status = (schema('publikation')['properties'] as Record<string, Record<string, unknown>>)['status']!;
    expect(status['description']).toBe('Stand dieser Fassung: entwurf → fachoeffentlich → beschlussvorlage → beschlossen. Standard: entwurf.');
    expect(status['default']).toBe('entwurf');
  });
});

describe('snippets', () => {
  const snippets = parseJsonc(read('.vscode/mdx.code-snippets')) as Record<string, { prefix: string[]; body: string[]; scope: string }>;
  const components = COMPONENT_NAMES;

  it('the schemas list the 13 components, and the snippet help covers exactly their props', () => {
    expect(components).toHaveLength(13);
    expect(components).toContain('Wert');
    expect(components).toContain('Abwaegungstabelle');
    expect(COMPONENT_DOCS.map((d) => d.name).sort()).toEqual([...components].sort());
    for (const c of components) {
      const documented = COMPONENT_DOCS.find((d) => d.name === c)!.props.map((p) => p.name);
      expect(documented.filter((name) => !knownProps(c).includes(name)), c).toEqual([]);
    }
  });

  it('every component has a snippet for MDX', () => {
    for (const c of components) {
      expect(snippets[c], c).toBeDefined();
      expect(snippets[c]!.scope).toBe('mdx');
      expect(snippets[c]!.body.join('\n')).toMatch(new RegExp(`^<${c}[ />]`));
    }
  });

  it('the snippets of a component (full, and the free chart for Diagramm) carry every prop its schema declares', () => {
    for (const c of components) {
      const body = Object.entries(snippets)
        .filter(([key, s]) => key === c || key.startsWith(`${c} (`) || s.body.join('').startsWith(`<${c} `))
        .map(([, s]) => s.body.join('\n'))
        .join('\n');
      for (const name of knownProps(c)) expect(body, `${c}: ${name}`).toContain(` ${name}=`);
    }
  });

  it('Wert: indikator and gebiet are asked for, jahr only in the full snippet', () => {
    expect(snippets['Wert']!.body).toEqual(['<Wert indikator="${1:bevoelkerung}" gebiet="${2:kreis}" />$0']);
    expect(snippets['Wert (alle Angaben)']!.body).toEqual(['<Wert indikator="${1:bevoelkerung}" gebiet="${2:kreis}" jahr="${3:2024}" />$0']);
  });
});

describe('the problem matcher of the check task', () => {
  const tasks = parseJsonc(read('.vscode/tasks.json')) as { tasks: { script: string; problemMatcher: { severity: string; pattern: { regexp: string; kind?: string } }[] }[] };
  const check = tasks.tasks.find((t) => t.script === 'check')!;

  function match(line: string) {
    for (const m of check.problemMatcher) {
      const r = new RegExp(m.pattern.regexp).exec(line);
      if (r) return { severity: m.severity, groups: r.slice(1) };
    }
    return null;
  }

  it('reads our „datei:zeile:spalte: fehler: …“ lines', () => {
    expect(match('content/sozialbericht-2025/03-einkommen.mdx:12:5: fehler: Unbekannter Indikator „sgb2“.')).toEqual({
      severity: 'error',
      groups: ['content/sozialbericht-2025/03-einkommen.mdx', '12', '5', 'Unbekannter Indikator „sgb2“.'],
    });
    expect(match('content/website.yaml:7:1: warnung: content/website.yaml enthält noch Beispielangaben.')?.severity).toBe('warning');
    expect(match('data/werte/: fehler: Keine Werte.')).toEqual({ severity: 'error', groups: ['data/werte/', 'Keine Werte.'] });
    expect(match('  → Ersetzen Sie die Angaben.')).toBeNull();
    expect(match('1/3 Prüfe Inhalte und Daten …')).toBeNull();
  });
});
