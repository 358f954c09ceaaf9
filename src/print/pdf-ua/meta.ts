/** What the PDF says about itself (XMP, document info): from the publication's settings. */
export interface PdfMeta {
  /** The publication title (dc:title, shown in the window title). */
  title: string;
  /** BCP 47, e.g. `de-DE`. */
  language: string;
  /** Date of the Fassung, `JJJJ-MM-TT` (dc:date). */
  date?: string;
  /** Number of the council paper (dc:identifier). */
  drucksache?: string;
  /** Subtitle (dc:description). */
  subject?: string;
  /** Issuing office (dc:creator, dc:publisher). */
  author?: string;
  /** Status and version of the Fassung, e.g. `Entwurf, Version 2991b77` (pdf:Keywords). */
  keywords?: string;
}

/** The metadata of a publication from its settings (publikation.yaml). */
export function pdfMetaFromSettings(settings: {
  titel: string;
  untertitel?: string | undefined;
  herausgeber?: string | undefined;
  datum: string;
  beschlussvorlage?: { drucksache: string } | undefined;
}): PdfMeta {
  return {
    title: settings.titel,
    language: 'de-DE',
    date: settings.datum,
    ...(settings.beschlussvorlage ? { drucksache: settings.beschlussvorlage.drucksache } : {}),
    ...(settings.untertitel ? { subject: settings.untertitel } : {}),
    ...(settings.herausgeber ? { author: settings.herausgeber } : {}),
  };
}
