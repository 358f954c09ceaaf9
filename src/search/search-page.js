// @ts-check
/**
 * The search page in the reader's browser. Plain JavaScript on purpose: index-site.ts copies this file next to
 * the Pagefind index (dist/pagefind/suche.js) so the page loads it as an external script from our own server —
 * no inline script, so the Content-Security-Policy can forbid inline scripts.
 *
 * It asks the Pagefind index and lists the hits. The query stays in the browser (and in the address, `?q=…`,
 * so a search can be linked and the header form works without this script).
 */

const MAX_RESULTS = 20;

/** @param {number} n */
const hits = (n) => (n === 1 ? '1 Treffer' : `${n.toLocaleString('de-DE')} Treffer`);

/** Escapes text for HTML; Pagefind's excerpt is HTML already (our own text, with <mark> around the hits). @param {string} s */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {HTMLElement} root */
async function startSearch(root) {
  const form = root.querySelector('form');
  const input = root.querySelector('input[type="search"]');
  const status = root.querySelector('[role="status"]');
  const list = root.querySelector('ol');
  if (!form || !(input instanceof HTMLInputElement) || !(status instanceof HTMLElement) || !(list instanceof HTMLOListElement)) return;
  const out = { status, list };
  /** @type {any} */
  let pagefind;
  try {
    const url = './pagefind.js'; // written by Pagefind next to this file
    pagefind = await import(url);
    // The site may live below a path (/sozialplanung/): this file is <base>pagefind/suche.js, so the base is two up.
    await pagefind.options({ baseUrl: new URL('..', import.meta.url).pathname, excerptLength: 24 });
  } catch {
    status.textContent = 'Die Suche ist auf dieser Website nicht verfügbar: Der Suchindex fehlt.';
    return;
  }

  let latest = 0;
  /** @param {string} query */
  async function run(query) {
    const ticket = ++latest;
    const q = query.trim();
    if (!q) {
      out.list.replaceChildren();
      out.status.textContent = 'Geben Sie einen Suchbegriff ein.';
      return;
    }
    out.status.textContent = 'Suche läuft …';
    const found = await pagefind.search(q);
    /** @type {{url: string, excerpt: string, meta: {title?: string}}[]} */
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((/** @type {any} */ r) => r.data()));
    if (ticket !== latest) return;
    out.list.innerHTML = data
      .map((d) => `<li class="search-hit"><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a><p>${d.excerpt}</p></li>`)
      .join('');
    const total = found.results.length;
    const shown = data.length < total ? ` (die ersten ${data.length} werden angezeigt)` : '';
    out.status.textContent = total === 0 ? `Keine Treffer für „${q}“.` : `${hits(total)} für „${q}“${shown}.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  root.dataset.bereit = 'true';
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    await run(initial);
  }
}

const root = document.querySelector('[data-suche]');
if (root instanceof HTMLElement) void startSearch(root);
