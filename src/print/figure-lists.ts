/**
 * Runs in the print page before Paged.js: fills the Abbildungs- and Tabellenverzeichnis from the numbered figures
 * (`figure[data-art]`, see src/references/inject-number.ts). Self-contained: it is passed to page.evaluate.
 */
export function fillFigureLists(): number {
  let filled = 0;
  for (const nav of Array.from(document.querySelectorAll<HTMLElement>('nav[data-verzeichnis]'))) {
    const kind = nav.dataset['verzeichnis'];
    const list = nav.querySelector('ol');
    if (!list) continue;
    for (const figure of Array.from(document.querySelectorAll<HTMLElement>(`.kapitel figure[data-art="${kind}"][id]`))) {
      const titleEl = figure.querySelector(kind === 'abbildung' ? '.diagramm__titel' : 'caption');
      const number = titleEl?.querySelector('.nummer')?.textContent?.replace(/:$/, '') ?? '';
      const clone = titleEl?.cloneNode(true) as HTMLElement | undefined;
      clone?.querySelector('.nummer')?.remove();
      const title = (clone?.textContent ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
      const li = document.createElement('li');
      li.className = 'verzeichnis__eintrag';
      const a = document.createElement('a');
      a.href = `#${figure.id}`;
      a.dataset['seitenzahl'] = '';
      const num = document.createElement('span');
      num.className = 'verzeichnis__nummer';
      num.textContent = number;
      const text = document.createElement('span');
      text.className = 'inhalt__titel';
      text.textContent = title;
      a.append(num, text);
      li.append(a);
      list.append(li);
      filled++;
    }
  }
  return filled;
}
