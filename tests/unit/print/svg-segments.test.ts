import { describe, expect, it } from 'vitest';
import { splitSvg } from '../../../src/html/svg-segments.ts';

describe('splitSvg', () => {
  it('cuts out the outermost svg elements and keeps everything else in order', () => {
    const html = '<p>a</p><svg viewBox="0 0 1 1"><g><svg><rect/></svg></g></svg><p>b</p><svg/><p>c</p>';
    const parts = splitSvg(html);
    expect(parts.map((p) => p.text).join('')).toBe(html);
    expect(parts.filter((p) => p.svg).map((p) => p.text)).toEqual(['<svg viewBox="0 0 1 1"><g><svg><rect/></svg></g></svg>', '<svg/>']);
  });

  it('leaves an unclosed svg in the markup', () => {
    const html = '<p>a</p><svg><rect/>';
    const parts = splitSvg(html);
    expect(parts.map((p) => p.text).join('')).toBe(html);
    expect(parts.some((p) => p.svg)).toBe(false);
  });
});
