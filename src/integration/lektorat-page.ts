/**
 * Dev server only: the Lektorat's report page for the authors at /_lektorat/ (the same page `npm run check` writes
 * to .lektorat/bericht.html, src/lektorat/report-page.ts), made anew on every request from the chapters and data as
 * they are on disk, so planners see the effect of a correction with a reload. Each chapter page links here while
 * the dev server runs (PrintPreviewLink.astro). `astro build` never sees any of this: no page of the built site
 * exists at this address, and no built page links to it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { lektoratReportMessages } from '../errors/lektorat-report.ts';
import { REPORT_PATH } from '../lektorat/report.ts';
import { escapeHtml } from '../versions/render-diff.ts';


/** Whether a request path (maybe below the site's base path) asks for the report page. */
export function asksForReport(pathname: string): boolean {
  return pathname.endsWith(REPORT_PATH) || pathname.endsWith(REPORT_PATH.slice(0, -1));
}

/** The report page of the project as it is now (the pipeline is loaded on first use, not with the config). */
export async function currentReportPage(now: Date): Promise<string> {
  const [{ checkProject }, { projectPaths }, { lektoratReport }, { reportPage }] = await Promise.all([
    import('../pipeline.ts'),
    import('../project.ts'),
    import('../lektorat/report.ts'),
    import('../lektorat/report-page.ts'),
  ]);
  let page = '';
  await checkProject(projectPaths(), {
    lektorat: true,
    onSummary: (summaries, publications) => (page = reportPage(lektoratReport(summaries, publications), { erstellt: now })),
  });
  return page;
}

export function lektoratPage(): AstroIntegration {
  return {
    name: 'sozialbericht-lektorat',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (req.method !== 'GET' || !asksForReport(new URL(req.url ?? '/', 'http://localhost').pathname)) return next();
          currentReportPage(new Date()).then(
            (html) => {
              res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
              res.end(html);
            },
            (err: unknown) => {
              const message = lektoratReportMessages.devFailed(err instanceof Error ? err.message : String(err));
              logger.error(message);
              res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
              res.end(`<!DOCTYPE html><html lang="de"><meta charset="utf-8"><title>Lektorat</title><p>${escapeHtml(message)}</p></html>`);
            },
          );
        });
      },
    },
  };
}
