import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../../../src/print/server.ts';

let outer: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-server-'));
  root = path.join(outer, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Start</title>',
    'bericht/druck/index.html': '<!doctype html><html><head><title>Druck</title></head><body><p>Sta\u00ADtis\u00ADtik und Sta&shy;tis&shy;tik</p></body></html>',
    '_astro/site.css': 'body{}',
    '_astro/app.js': 'void 0',
    '_astro/karte.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '_astro/schrift.woff2': 'wOF2',
    'daten/werte.csv': 'gebiet;wert\nA;1,5',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.writeFileSync(path.join(outer, 'geheim.txt'), 'nicht ausliefern');
  server = await startServer(root);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(outer, { recursive: true, force: true });
});

/** A raw GET, so that paths like /../ reach the server unnormalised. */
function get(rawPath: string): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(server.origin);
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path: rawPath }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      })
      .on('error', reject);
  });
}

describe('static server', () => {
  it('listens on 127.0.0.1 with a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/_astro/site.css', 'text/css; charset=utf-8'],
    ['/_astro/app.js', 'text/javascript; charset=utf-8'],
    ['/_astro/karte.svg', 'image/svg+xml'],
    ['/_astro/schrift.woff2', 'font/woff2'],
    ['/daten/werte.csv', 'text/csv; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const res = await get(file);
    expect(res.status).toBe(200);
    expect(res.type).toBe(type);
  });

  it('serves index.html for a folder', async () => {
    expect((await get('/bericht/druck/')).body).toContain('<title>Druck</title>');
    expect((await get('/')).body).toContain('<title>Start</title>');
  });

  it('answers 404 for missing files and for paths leaving the folder', async () => {
    expect((await get('/gibt-es-nicht.css')).status).toBe(404);
    expect((await get('/../geheim.txt')).status).toBe(404);
    expect((await get('/%2e%2e/geheim.txt')).status).toBe(404);
  });

  it('closes cleanly', async () => {
    const other = await startServer(root);
    await get('/'); // keep-alive connection open on the shared server is fine
    await other.close();
    await expect(fetch(other.origin + '/')).rejects.toThrow();
  });
});

describe('a site published below a path', () => {
  it('is served below that path only, as on the public server', async () => {
    const below = await startServer(root, new Map(), '/projekt/');
    try {
      const at = async (p: string) => (await fetch(below.origin + p)).status;
      expect(await at('/projekt/_astro/site.css')).toBe(200);
      expect(await at('/projekt/bericht/druck/')).toBe(200);
      expect(await at('/projekt/')).toBe(200);
      expect(await at('/_astro/site.css')).toBe(404);
      expect(await at('/projekt/../geheim.txt')).toBe(404);
    } finally {
      await below.close();
    }
  });
});

describe('the print page for Paged.js', () => {
  it('comes with its content hidden until Paged.js takes it, when asked with ?vor-satz', async () => {
    const plain = await get('/bericht/druck/');
    expect(plain.body).not.toContain('bericht-vor-satz');
    const hidden = await get('/bericht/druck/?vor-satz');
    expect(hidden.status).toBe(200);
    expect(hidden.body).toContain('<style id="bericht-vor-satz" data-pagedjs-ignore>body > * { display: none !important; }</style></head>');
    expect(hidden.body).toContain('Sta\u00ADtis\u00ADtik');
  });
});

describe('the tool scripts of the print page', () => {
  it('are served from the page origin at their paths, with a query too; other paths stay files', async () => {
    const other = await startServer(root, new Map([['/_druckwerkzeug/helfer.js', Buffer.from('window.x = 1;')]]));
    try {
      const body = async (p: string) => {
        const r = await fetch(`${other.origin}${p}`);
        return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
      };
      expect(await body('/_druckwerkzeug/helfer.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', text: 'window.x = 1;' });
      expect(await body('/_druckwerkzeug/helfer.js?v=1')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', text: 'window.x = 1;' });
      expect((await body('/_druckwerkzeug/anderes.js')).status).toBe(404);
      expect((await body('/_astro/app.js')).text).toBe('void 0');
    } finally {
      await other.close();
    }
  });
});
