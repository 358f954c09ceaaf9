/**
 * What the data layer reads at most, so a damaged or wrong file fails with a message instead of exhausting memory
 * or time (documented in the handbook, chapter „Datenformate“). A county's data are far below these limits: the demo's largest
 * CSV has 20 KB, a file of 500,000 value rows about 20 MB.
 */

/** A CSV or GeoJSON file above this size is refused before it is read. */
export const MAX_FILE_BYTES = 50_000_000;

/** A single CSV field (a name, a note, a number): longer means a missing quote or line break swallowed rows. */
export const MAX_FIELD_CHARS = 10_000;

/** A whole CSV record (all fields of a row, quoted line breaks included). */
export const MAX_RECORD_CHARS = 1_000_000;

/** An id (`hw-nord`, `alq`): chapters and charts repeat it, so it stays short. */
export const MAX_ID_CHARS = 100;
