/** Dates as German readers expect them, always in UTC so a build gives the same text everywhere. */
const long = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const withTime = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** `2026-11-02` or a Date → `2. November 2026` */
export function formatDateLong(value: string | Date): string {
  return long.format(toDate(value));
}

/** → `02.11.2026` */
export function formatDateShort(value: string | Date): string {
  return short.format(toDate(value));
}

/** → `02.11.2026, 14:05 UTC` */
export function formatDateTime(value: Date): string {
  return `${withTime.format(value)} UTC`;
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(value: string | Date): string {
  return toDate(value).toISOString().slice(0, 10);
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
}
