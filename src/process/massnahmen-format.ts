/** How measures read: status labels and months (`2027-01` → `Januar 2027`). */
import type { MassnahmeStatus } from './schemas/strategie.ts';

export const MASSNAHME_STATUS_LABEL: Record<MassnahmeStatus, string> = {
  geplant: 'geplant',
  laufend: 'laufend',
  abgeschlossen: 'abgeschlossen',
  zurueckgestellt: 'zurückgestellt',
};

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

export function monthText(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}
