/**
 * The components planners use in chapters without importing them. Their names and props are German
 * because planners type them. `Diagramm`, `Karte` and `Tabelle` come numbered (Abbildung 3, Tabelle 2;
 * src/references/), so website and PDF show the same numbers.
 */
import Begriff from '../references/components/Begriff.astro';
import Diagramm from '../references/components/Diagramm.astro';
import Karte from '../references/components/Karte.astro';
import Tabelle from '../references/components/Tabelle.astro';
import Verweis from '../references/components/Verweis.astro';
import Zitat from '../references/components/Zitat.astro';
import Wert from './Wert.astro';
import Abwaegungstabelle from './process/Abwaegungstabelle.astro';
import Beteiligung from './process/Beteiligung.astro';
import Beteiligungsmatrix from './process/Beteiligungsmatrix.astro';
import Massnahmen from './process/Massnahmen.astro';
import Termine from './process/Termine.astro';
import Zielerreichung from './process/Zielerreichung.astro';

export const mdxComponents = { Wert, Tabelle, Diagramm, Karte, Verweis, Zitat, Begriff, Beteiligung, Beteiligungsmatrix, Termine, Massnahmen, Zielerreichung, Abwaegungstabelle };
