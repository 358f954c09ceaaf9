/**
 * Runs in the print page: links to other pages of the local server would end up in the PDF as
 * http://127.0.0.1:… addresses. They point at the public site instead, or lose their target.
 */
export function retargetSiteLinks(siteUrl: string | null): number {
  let changed = 0;
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) continue;
    if (url.pathname === location.pathname && url.hash) continue;
    if (siteUrl) a.href = new URL(url.pathname.replace(/^\//, '') + url.search + url.hash, siteUrl.replace(/\/?$/, '/')).href;
    else a.removeAttribute('href');
    changed++;
  }
  return changed;
}
