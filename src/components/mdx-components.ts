/**
 * The components planners use in chapters without importing them. Their names and props are German
 * because planners type them.
 */
import Diagramm from './Diagramm.astro';
import Karte from './Karte.astro';
import Tabelle from './Tabelle.astro';
import Wert from './Wert.astro';

export const mdxComponents = { Wert, Tabelle, Diagramm, Karte };
