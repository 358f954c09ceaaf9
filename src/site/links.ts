/**
 * The website's addresses in one place, so pages, navigation and the PDF step agree.
 * `sitePaths` are paths inside the built site (`/gebiete/`, also the folders in dist/); `links` are what the
 * browser asks for: the same below the site's base path (`/sozialplanung/gebiete/`, see address.ts).
 */
import { inSite } from './address.ts';

export const sitePaths = {
  home: () => '/',
  publication: (pub: string) => `/${pub}/`,
  chapter: (pub: string, chapter: string) => `/${pub}/${chapter}/`,
  pdf: (pub: string) => `/${pub}/${pub}.pdf`,
  print: (pub: string) => `/${pub}/druck/`,
  gebiete: () => '/gebiete/',
  gebiet: (id: string) => `/gebiete/${encodeURIComponent(id)}/`,
  fassungen: () => '/fassungen/',
  /** The PDF of a publication as adopted in an earlier Fassung, kept at this address for good. */
  fassungPdf: (tag: string, pub: string) => `/fassungen/${tag}/${pub}.pdf`,
  /** Without tag: the current build against its Fassung; with tag: that Fassung against its predecessor. */
  changes: (pub: string, tag?: string) => (tag ? `/${pub}/aenderungen/${tag}/` : `/${pub}/aenderungen/`),
  indicators: () => '/indikatoren/',
  indicator: (id: string) => `/indikatoren/#indikator-${encodeURIComponent(id)}`,
};

type Paths = typeof sitePaths;

export const links = Object.fromEntries(
  Object.entries(sitePaths).map(([name, make]) => [name, (...args: string[]) => inSite((make as (...a: string[]) => string)(...args))]),
) as Paths;
