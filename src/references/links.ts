/** Where citations and glossary terms link to: the appendix on the print page, else the website's pages. */
import { inSite } from '../site/address.ts';
import { links } from '../site/links.ts';

export const BIBLIOGRAPHY_ANCHOR = 'literaturverzeichnis';
export const GLOSSARY_ANCHOR = 'glossar';

export const referenceLinks = {
  bibliographyPage: (pub: string) => inSite(`/${pub}/literatur/`),
  glossaryPage: (pub: string) => inSite(`/${pub}/glossar/`),
  /** The id of a source in the Literaturverzeichnis. */
  sourceId: (key: string) => `quelle-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`,
  isPrintPage: (url: URL, pub: string) => url.pathname === links.print(pub),
};
