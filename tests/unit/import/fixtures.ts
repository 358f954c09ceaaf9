/** Small exports in the layouts of the real ones (made by hand after GENESIS, Zensus and INKAR downloads). */
export const GEBIETE = [
  'id;name;ebene;eltern;schluessel',
  'th;Freistaat Thüringen;land;;16',
  'hw;Landkreis Hainwald;kreis;th;16099',
  'eichenau;Eichenau;gemeinde;hw;16099002',
  'talbrueck;Talbrück;gemeinde;hw;16099003',
].join('\n');

export const INDIKATOREN = [
  'id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen',
  'bevoelkerung;Einwohner;Anzahl;Demografie;Einwohner am 31.12.;Regionaldatenbank;neutral;0',
  'frauen;Einwohnerinnen;Anzahl;Demografie;Frauen am 31.12.;Regionaldatenbank;neutral;0',
  'alq;Arbeitslosenquote;%;Arbeit;Arbeitslose je 100 zivile Erwerbspersonen;BA;steigend_schlecht;1',
  'schulden;Schuldnerquote;%;Einkommen;Anteil;INKAR;steigend_schlecht;1',
  'dichte;Bevölkerungsdichte;Einw. je km²;Demografie;Einwohner je km²;Zensus;neutral;1',
].join('\n');

/** Regionaldatenbank table 12411-01-01-4 as downloaded: Windows-1252, metadata, 3 header rows, footer with notes. */
export const GENESIS_TABLE = [
  'GENESIS-Tabelle: 12411-01-01-4',
  'Bevölkerung nach Geschlecht - Stichtag 31.12. -;;;;',
  'regionale Tiefe: Gemeinden;;;;',
  'Fortschreibung des Bevölkerungsstandes;;;;',
  'Bevölkerungsstand (Anzahl);;;;',
  ';;Stichtag;;',
  ';;31.12.2018;;',
  ';;Insgesamt;männlich;weiblich',
  'DG;Deutschland;83019213;41037613;41981600',
  '16;  Thüringen;2143145;1057779;1085366',
  '16051;    Erfurt, krfr. Stadt;213981;104155;109826',
  '16099;    Hainwald, Landkreis;61234;30001;31233',
  '16099002;      Eichenau;12345;6000;6345',
  '16099003;      Talbrück;-;.;...',
  '16099004;      Eulenbach (außerhalb);4321;2100;2221',
  '__________',
  '"Hinweis: Ergebnisse ab 2011 auf Grundlage des Zensus 2011.',
  'Gebietsstand 31.12.2018"',
  '(C)opyright Statistische Ämter des Bundes und der Länder, 2020 | Datenlizenz by-2-0',
  'Stand: 12.03.2020 / 09:33:47',
].join('\r\n');

/** GENESIS flat file (ffcsv) as Zensus 2022 gives it: UTF-8 with BOM, 12-digit ARS, ISO date. */
export function flatFile(decimal: ',' | '.', rows: readonly [string, string, string][]): string {
  const head = 'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label';
  const body = rows.map(([ars, name, v]) => `1000A;Zensus 2022;STAG;Stichtag;2022-05-15;GEOGM1;Gemeinden;${ars};${name};${v.replace('.', decimal)};Einw. je km²;BEV002;Bevölkerungsdichte`);
  return `\uFEFF${[head, ...body].join('\n')}\n`;
}

/** INKAR download: BOM, every cell quoted, indicator name per column, then years. */
export const INKAR = '\uFEFF' + [
  '"Kennziffer";"Raumeinheit";"Aggregat";"Schuldnerquote";"Schuldnerquote"',
  '"";"";"";"2021";"2022"',
  '"16051";"Erfurt, Stadt";"Kreise";"9,1";"9,3"',
  '"16099";"Hainwald";"Kreise";"11,4";"11,8"',
].join('\r\n');

/** A planner's own table: Gebiete as rows, years as columns. */
export const WIDE = ['Arbeitslosenquote in %;;;', 'Gebiet;2021;2022;2023', 'Eichenau;6,1;5,9;5,7', 'Talbrück;4,2;4,0;/'].join('\n');
