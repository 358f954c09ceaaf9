/**
 * The scripts the PDF build runs in the print page: Paged.js and our in-page helpers (in-page.ts). The print page
 * carries a Content-Security-Policy that allows scripts only from its own origin (src/search/security-headers.ts),
 * so a script a chapter smuggles in never runs; these two are served by the local print server (server.ts) from the
 * page's own origin and added as `<script src>`, which the policy allows. Paged.js 0.4.3 needs no eval: its CSS
 * parser (css-tree) is plain code, measured with the policy in place (tests/e2e/csp.test.ts).
 */
import fs from 'node:fs';
import { helperScript } from './in-page.ts';

/** Below this path the local print server answers with the tool's scripts, never with a file of the site. */
export const TOOL_SCRIPT_DIR = '/_druckwerkzeug/';
export const POLYFILL_PATH = `${TOOL_SCRIPT_DIR}paged.polyfill.js`;
export const HELPERS_PATH = `${TOOL_SCRIPT_DIR}helfer.js`;

/** The scripts by request path, for startServer(). */
export function printPageScripts(polyfillFile: string): Map<string, Buffer> {
  return new Map([
    [POLYFILL_PATH, fs.readFileSync(polyfillFile)],
    [HELPERS_PATH, Buffer.from(helperScript())],
  ]);
}
