/** Addresses of the versions pages (kept here until they join src/site/links.ts). */
export const versionLinks = {
  fassungen: () => '/fassungen/',
  /** Without tag: the current build against its Fassung; with tag: that Fassung against its predecessor. */
  changes: (pub: string, tag?: string) => (tag ? `/${pub}/aenderungen/${tag}/` : `/${pub}/aenderungen/`),
};
