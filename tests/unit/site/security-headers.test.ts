/** public/_headers must carry exactly the policy of src/search/security-headers.ts, which Base.astro uses too. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../../src/search/security-headers.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('security headers', () => {
  it('public/_headers sends every header of the module for every path', () => {
    const text = fs.readFileSync(path.join(ROOT, 'public', '_headers'), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const sent = Object.fromEntries(lines.slice(1).map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]));
    expect(sent).toEqual(SECURITY_HEADERS);
  });

  it('forbids inline scripts and framing; the meta fallback leaves out what browsers ignore there', () => {
    expect(CSP_HEADER).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(CSP_HEADER).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  });

  it('Base.astro and Print.astro (the print pages) put the policy into every page', () => {
    for (const layout of ['Base.astro', 'Print.astro']) {
      const text = fs.readFileSync(path.join(ROOT, 'src', 'layouts', layout), 'utf8');
      expect(text, layout).toContain('<meta http-equiv="Content-Security-Policy" content={CSP_META} />');
    }
  });
});
