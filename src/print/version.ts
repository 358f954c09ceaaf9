/**
 * The one place where the print version learns its version string (cover, imprint, ENTWURF mark).
 * From git through src/versions/stamp.ts (`Version fassung-…+3.a1b2c3d vom 24.11.2026`); without git,
 * the Fassung's date from publikation.yaml.
 */
import type { Settings } from '../publication/index.ts';
import { formatDateShort } from '../site/dates.ts';
import { NO_VERSION, versionStamp, versionText } from '../versions/stamp.ts';

export function printVersion(settings: Settings): string {
  const text = versionText(versionStamp());
  return text === NO_VERSION ? `Fassung vom ${formatDateShort(settings.datum)}` : text;
}
