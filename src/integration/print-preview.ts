/**
 * Dev server only: the print preview. /<publikation>/druck/?vorschau is the print page with the preview script
 * (preview-script.ts) added, which lays it out with Paged.js in the browser as the PDF build does; the tool's
 * scripts are served below /_druckwerkzeug/ from the page's own origin, as the PDF build's local server does
 * (src/print/page-scripts.ts), so the page's Content-Security-Policy allows them. Saving a chapter reloads the page
 * (Astro's HMR), which sets it anew. `astro build` never sees any of this.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { helperScript } from '../print/in-page.ts';
import { HELPERS_PATH, POLYFILL_PATH } from '../print/page-scripts.ts';
import { findPolyfill } from '../print/polyfill.ts';
import { PREVIEW_QUERY, PREVIEW_SCRIPT_PATH, previewScript } from './preview-script.ts';
import { markPreviewServed } from './preview-state.ts';

const PRINT_PAGE = /^\/[^/?#]+\/druck\/$/;
/** Sent with the self-request for the print page, so the middleware lets it through. */
const INNER = 'x-bericht-vorschau';

/** The tool's scripts by path (read once per dev server; the polyfill does not change while it runs). */
function scripts(): Map<string, () => string> {
  let polyfill: string | null = null;
  return new Map([
    [POLYFILL_PATH, () => (polyfill ??= fs.readFileSync(findPolyfill(), 'utf8'))],
    // bundlers may wrap named functions in __name(); the page needs no names
    [HELPERS_PATH, () => `var __name = (f) => f;\n${helperScript()}`],
    [PREVIEW_SCRIPT_PATH, () => previewScript()],
  ]);
}

/** The print page's HTML with the preview script in its head. */
export function withPreviewScript(html: string): string {
  const tag = `<script src="${PREVIEW_SCRIPT_PATH}"></script>`;
  const head = html.indexOf('</head>');
  return head < 0 ? tag + html : html.slice(0, head) + tag + html.slice(head);
}

export function printPreview(): AstroIntegration {
  return {
    name: 'sozialbericht-druckvorschau',
    hooks: {
      'astro:server:setup': ({ server }) => {
        markPreviewServed();
        const served = scripts();
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (req.method !== 'GET' || req.headers[INNER]) return next();
          const url = new URL(req.url ?? '/', 'http://localhost');
          const script = served.get(url.pathname);
          if (script) {
            res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
            res.end(script());
            return;
          }
          if (!PRINT_PAGE.test(url.pathname) || !url.searchParams.has(PREVIEW_QUERY)) return next();
          void (async () => {
            const inner = await fetch(`http://${req.headers.host}${url.pathname}`, { headers: { [INNER]: '1' } });
            const html = await inner.text();
            res.writeHead(inner.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
            res.end(inner.ok ? withPreviewScript(html) : html);
          })().catch((err: unknown) => {
            res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
            res.end(String(err));
          });
        });
      },
    },
  };
}
