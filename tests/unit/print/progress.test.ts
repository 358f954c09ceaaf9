import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/log.ts';
import { pdfProgress } from '../../../src/print/progress.ts';

describe('pdfProgress', () => {
  it('reports start, a page count every interval and the result with de-DE numbers', () => {
    const logger = memoryLogger();
    let now = 0;
    const progress = pdfProgress('sozialbericht-2025', logger, () => now, 3000);
    progress.started();
    now = 1000;
    progress.page(10); // too early
    now = 3500;
    progress.page(40);
    now = 4000;
    progress.page(41); // too soon after the last line
    now = 12_345;
    progress.finished(1234, 'dist/sozialbericht-2025/sozialbericht-2025.pdf');
    expect(logger.lines).toEqual([
      'PDF sozialbericht-2025: Seitensatz beginnt …',
      'PDF sozialbericht-2025: 40 Seiten …',
      'PDF sozialbericht-2025: fertig, 1.234 Seiten in 12,3 s → dist/sozialbericht-2025/sozialbericht-2025.pdf',
    ]);
  });
});

describe('pdfProgress phases', () => {
  it('names the time in Paged.js and in the PDF output, and says "1 Seite"', () => {
    const logger = memoryLogger();
    const progress = pdfProgress('mini', logger, () => 2000);
    progress.finished(1, 'dist/mini/mini.pdf', { layout: 1.25, pdf: 0.5 });
    expect(logger.lines).toEqual(['PDF mini: fertig, 1 Seite in 0,0 s (Satz 1,3 s, PDF 0,5 s) → dist/mini/mini.pdf']);
  });

  it('names the time of the completeness check of the written PDF', () => {
    const logger = memoryLogger();
    const progress = pdfProgress('mini', logger, () => 2000);
    progress.finished(3, 'dist/mini/mini.pdf', { layout: 1.25, pdf: 0.5, check: 0.25 });
    expect(logger.lines).toEqual(['PDF mini: fertig, 3 Seiten in 0,0 s (Satz 1,3 s, PDF 0,5 s, Prüfung 0,3 s) → dist/mini/mini.pdf']);
  });

  it('names the time of the PDF/UA post-processing when given', () => {
    const logger = memoryLogger();
    const progress = pdfProgress('mini', logger, () => 2000);
    progress.finished(3, 'dist/mini/mini.pdf', { layout: 2, pdf: 0.5, accessible: 0.4 });
    expect(logger.lines).toEqual(['PDF mini: fertig, 3 Seiten in 0,0 s (Satz 2,0 s, PDF 0,5 s, PDF/UA 0,4 s) → dist/mini/mini.pdf']);
  });
});
