/**
 * `sitemap.xml` for search engines: every page of the built site (not the print pages, which only feed the PDF)
 * at its full public address. Written only when the address is known (content/website.yaml `adresse`, or
 * GitLab/GitHub Pages): a sitemap needs absolute addresses.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Writes `<outDir>/sitemap.xml`; `siteUrl` is the full address with its base path, e.g. `https://kreis.example/sozialplanung/`. */
export function writeSitemap(outDir: string, siteUrl: string): number {
  const pages = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !/(^|\/)druck\//.test(f) && !f.startsWith('pagefind/'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const entries = pages.map((p) => `  <url><loc>${escape(new URL(p, siteUrl).href)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
  fs.writeFileSync(path.join(outDir, 'sitemap.xml'), xml);
  return pages.length;
}
