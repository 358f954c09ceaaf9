/** The website's addresses in one place, so pages, navigation and the PDF step agree. */
export const links = {
  home: () => '/',
  publication: (pub: string) => `/${pub}/`,
  chapter: (pub: string, chapter: string) => `/${pub}/${chapter}/`,
  pdf: (pub: string) => `/${pub}/${pub}.pdf`,
  print: (pub: string) => `/${pub}/druck/`,
};
