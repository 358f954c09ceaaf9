/**
 * HTML validation of built pages with html-validate's recommended rules, relaxed only where Astro's (or vega's)
 * output legitimately differs. Each relaxed rule says why.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The SVG charts from vega carry style attributes (sizes, clip paths). They are part of the graphic, not of
    // our page styling, and the Content-Security-Policy allows inline styles for this reason.
    'no-inline-style': 'off',
    // A search-engine recommendation, not validity or accessibility: titles of the change views name the
    // publication and the Fassung and run longer than 70 characters.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

/** Every message for one built HTML file, as `line:column rule: message`. */
export async function validateHtmlFile(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
