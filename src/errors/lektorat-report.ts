/** Messages about the Lektorat's report page for the authors (src/lektorat/report-page.ts). */
export const lektoratReportMessages = {
  written: (file: string) => `Lektoratsbericht für die Autorinnen und Autoren (wird nicht veröffentlicht): ${file}`,
  notWritten: (file: string, reason: string) =>
    `Der Lektoratsbericht konnte nicht nach ${file} geschrieben werden (${reason}). Die Hinweise oben gelten trotzdem; prüfen Sie, ob der Ordner beschreibbar ist.`,
  devFailed: (reason: string) => `Der Lektoratsbericht konnte nicht erstellt werden: ${reason}. Einzelheiten stehen in der Konsole von npm run dev.`,
  linkText: 'Lektorat',
  linkTitle: 'Hinweise des Lektorats zu diesem Kapitel (nur in der Vorschau mit npm run dev, nicht veröffentlicht).',
};
