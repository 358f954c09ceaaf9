/** The link check of the browser tests finds missing pages and anchors, and accepts the PDFs of the PDF phase. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../helpers/browser-links.ts';

const O = 'http://127.0.0.1:4000';

describe('brokenLinks', () => {
  it('reports missing pages, missing anchors and foreign PDFs; ignores other hosts', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
    try {
      for (const f of ['index.html', 'bericht/index.html', 'bericht/a/index.html']) {
        fs.mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
        fs.writeFileSync(path.join(dist, f), '');
      }
      const visits = [
        {
          path: '/',
          ids: ['inhalt'],
          links: [`${O}/#inhalt`, `${O}/bericht/a/#tab%C3%BCle`, `${O}/bericht/a/#fehlt`, `${O}/weg/`, `${O}/bericht/bericht.pdf`, `${O}/bericht/x.pdf`, 'https://www.destatis.de/'],
        },
        { path: '/bericht/', ids: [], links: [] },
        { path: '/bericht/a/', ids: ['tabüle'], links: [] },
      ];
      expect(brokenLinks(visits, dist, O)).toEqual({ '/': ['/bericht/a/#fehlt', '/weg/', '/bericht/x.pdf'] });
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
