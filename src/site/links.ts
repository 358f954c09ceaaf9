/** The website's addresses in one place, so pages, navigation and the PDF step agree. */
export const links = {
  home: () => '/',
  publication: (pub: string) => `/${pub}/`,
  chapter: (pub: string, chapter: string) => `/${pub}/${chapter}/`,
  pdf: (pub: string) => `/${pub}/${pub}.pdf`,
  print: (pub: string) => `/${pub}/druck/`,
  gebiete: () => '/gebiete/',
  gebiet: (id: string) => `/gebiete/${encodeURIComponent(id)}/`,
  fassungen: () => '/fassungen/',
  /** Without tag: the current build against its Fassung; with tag: that Fassung against its predecessor. */
  changes: (pub: string, tag?: string) => (tag ? `/${pub}/aenderungen/${tag}/` : `/${pub}/aenderungen/`),
  indicators: () => '/indikatoren/',
  indicator: (id: string) => `/indikatoren/#indikator-${encodeURIComponent(id)}`,
};
