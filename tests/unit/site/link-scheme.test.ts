/**
 * Which link targets are published, and the renderer's safety net: disguised `javascript:` and `data:` are caught
 * (case, whitespace and control characters, character references, invisible characters); web, e-mail, telephone,
 * same-site, protocol-relative and anchor targets pass.
 */
import { describe, expect, it } from 'vitest';
import { dropUnsafeLinks } from '../../../src/html/safe-links.ts';
import { isAllowedLink, linkScheme } from '../../../src/site/link-scheme.ts';

describe('linkScheme / isAllowedLink', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['   javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\u200Bscript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['DATA:image/svg+xml,<svg/onload=alert(1)>', 'data'],
    ['vbscript:msgbox', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['C:\\Users\\bericht.pdf', 'c'],
  ])('%j is forbidden (scheme %s)', (target, scheme) => {
    expect(linkScheme(target)).toBe(scheme);
    expect(isAllowedLink(target)).toBe(false);
  });

  it.each([
    ['https://www.destatis.de/', 'https'],
    ['HTTP://example.org', 'http'],
    ['mailto:sozialplanung@hainwald.example', 'mailto'],
    ['tel:+49 3641 000-0', 'tel'],
    ['/sozialbericht/einkommen/', null],
    ['../einkommen/#methodik', null],
    ['#anker', null],
    ['?q=armut', null],
    ['//cdn.example/x.css', null],
    ['tabelle.csv', null],
    ['', null],
  ])('%j is allowed (scheme %s)', (target, scheme) => {
    expect(linkScheme(target)).toBe(scheme);
    expect(isAllowedLink(target)).toBe(true);
  });
});

describe('dropUnsafeLinks', () => {
  it('drops forbidden address attributes, keeps the element and every allowed link', () => {
    const html =
      '<p><a href="javascript:alert(1)">a</a> <a class="x" href=" JaVa&#x09;Script:x" title="t">b</a> <a href="https://example.org/?a=1&amp;b=2">c</a> ' +
      '<img src="data:image/svg+xml,x" alt="d"> <a href=\'#anker\'>e</a> <iframe src="javascript:x"></iframe> <img srcset="/a.png 1x, data:x 2x" alt=""></p>' +
      '<code>href="javascript:im-text"</code>';
    const r = dropUnsafeLinks(html);
    expect(r.html).toBe(
      '<p><a>a</a> <a class="x" title="t">b</a> <a href="https://example.org/?a=1&amp;b=2">c</a> ' +
        '<img alt="d"> <a href=\'#anker\'>e</a> <iframe></iframe> <img alt=""></p>' +
        '<code>href="javascript:im-text"</code>',
    );
    expect(r.removed).toBe(5);
  });

  it('keeps the CSV download of a chart (data:text/csv with download), and only that', () => {
    const csv = '<a class="diagramm__download" href="data:text/csv;charset=utf-8,jahr%2Cwert" download="quote-1a2b3c4d.csv">Daten herunterladen (CSV)</a>';
    expect(dropUnsafeLinks(csv)).toEqual({ html: csv, removed: 0 });
    expect(dropUnsafeLinks('<a href="data:text/csv,x">a</a><a download href="data:text/html,x">b</a>').html).toBe('<a>a</a><a download>b</a>');
  });

  it('leaves HTML without forbidden links as it is', () => {
    const html = '<svg><a href="#x"><text>1</text></a></svg><a href="/b/" data-seitenzahl>b</a>';
    expect(dropUnsafeLinks(html)).toEqual({ html, removed: 0 });
  });
});
