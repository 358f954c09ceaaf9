/**
 * The security headers of the website, in one place: public/_headers (Netlify, Cloudflare Pages) carries them
 * as HTTP headers, Base.astro (every site page) and Print.astro (the print pages, also while the PDF is built) carry
 * the Content-Security-Policy as a <meta> fallback for hosts that cannot set headers (GitLab Pages, GitHub Pages).
 * A unit test keeps them in agreement.
 *
 * Why each source is allowed:
 * - script-src 'self' 'wasm-unsafe-eval': our own bundled scripts (no inline script is emitted) and the
 *   WebAssembly of the Pagefind search. No 'unsafe-inline', so a <script> in a chapter never runs; no 'unsafe-eval':
 *   Paged.js does not need it (tests/e2e/csp.test.ts lays a print page out under this policy).
 * - style-src 'self' 'unsafe-inline': Astro inlines small stylesheets as <style> and the SVG charts carry style
 *   attributes; hashes cannot cover style attributes, and inline styles cannot run code.
 * - img-src 'self' data:: charts and maps are SVG from our server; data: for small inlined images.
 * - frame-ancestors 'none': no other site may frame ours (only as HTTP header; browsers ignore it in <meta>).
 */
const COMMON: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

const join = (d: [string, string][]) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy for the <meta http-equiv> fallback (without directives browsers ignore there). */
export const CSP_META = join(COMMON);

/** The full policy as an HTTP header. */
export const CSP_HEADER = join([...COMMON, ['frame-ancestors', "'none'"]]);

/** Every header a static host should send with every page. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
