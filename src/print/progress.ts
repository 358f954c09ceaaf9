/**
 * Progress lines for one PDF: started, a page count every few seconds while Paged.js lays out pages,
 * finished with pages and seconds. German, numbers formatted de-DE.
 */
import type { Logger } from '../log.ts';

const seconds = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('de-DE');

export interface Progress {
  /** Paged.js starts laying out pages. */
  started(): void;
  /** Called for every laid-out page; logs at most once per interval. */
  page(count: number): void;
  /**
   * Logs the result; `phases` are seconds spent in Paged.js (in `parts` tabs at once), in Chromium's PDF output and
   * in the PDF/UA post-processing (`accessible`), and in the completeness check of the written PDF (`check`). Returns
   * the total seconds.
   */
  finished(pages: number, file: string, phases?: { layout: number; pdf: number; accessible?: number; check?: number; parts?: number }): number;
}

export function pdfProgress(slug: string, logger: Logger, clock: () => number, intervalMs = 3000): Progress {
  const start = clock();
  let lastLog = start;
  let lastCount = 0;
  return {
    started() {
      lastLog = clock();
      logger.info(`PDF ${slug}: Seitensatz beginnt …`);
    },
    page(count) {
      const now = clock();
      if (count > lastCount && now - lastLog >= intervalMs) {
        logger.info(`PDF ${slug}: ${pagesText(count)} …`);
        lastLog = now;
        lastCount = count;
      }
    },
    finished(pages, file, phases) {
      const secs = (clock() - start) / 1000;
      const inParts = phases?.parts && phases.parts > 1 ? ` in ${phases.parts} Teilen parallel` : '';
      const ua = phases?.accessible !== undefined ? `, PDF/UA ${seconds.format(phases.accessible)} s` : '';
      const check = phases?.check !== undefined ? `, Prüfung ${seconds.format(phases.check)} s` : '';
      const detail = phases ? ` (Satz ${seconds.format(phases.layout)} s${inParts}, PDF ${seconds.format(phases.pdf)} s${ua}${check})` : '';
      logger.info(`PDF ${slug}: fertig, ${pagesText(pages)} in ${seconds.format(secs)} s${detail} → ${file}`);
      return secs;
    },
  };
}

function pagesText(n: number): string {
  return `${integer.format(n)} ${n === 1 ? 'Seite' : 'Seiten'}`;
}
