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

/** The part of a publication's settings (publikation.yaml) the metadata come from. */
export interface PdfSettings {
  titel: string;
  untertitel?: string | undefined;
  herausgeber?: string | undefined;
  datum: string;
  beschlussvorlage?: { drucksache: string } | undefined;
}

/** The metadata of a publication from its settings. */
export function pdfMetaFromSettings(settings: PdfSettings): PdfMeta {
  return {
    title: settings.titel,
    language: 'de-DE',
    date: settings.datum,
    ...(settings.beschlussvorlage ? { drucksache: settings.beschlussvorlage.drucksache } : {}),
    ...(settings.untertitel ? { subject: settings.untertitel } : {}),
    ...(settings.herausgeber ? { author: settings.herausgeber } : {}),
  };
}
