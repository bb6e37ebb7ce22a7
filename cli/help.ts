import type { Language } from '../shared/model/vocabulary';

const HELP: Record<string, Record<Language, string>> = {
  main: {
    sv: `mandat – granska en styrningskarta från kommandoraden

Användning:
  mandat check FIL [--as-of ÅÅÅÅ-MM-DD] [--format text|json] [--lang sv|en] [--fail-on error|warning|info]
  mandat import ARBETSBOK -o FIL.mandat
  mandat export-workbook FIL.mandat -o UT.xlsx
  mandat export FIL --format svg|png|pdf|docx|xlsx|csv -o UT [flaggor]

FIL kan vara en .mandat-fil, en .xlsx-arbetsbok eller en mapp med CSV-filer.
Skriv "mandat KOMMANDO --help" för mer om ett kommando.
`,
    en: `mandat – check a governance map from the command line

Usage:
  mandat check FILE [--as-of YYYY-MM-DD] [--format text|json] [--lang sv|en] [--fail-on error|warning|info]
  mandat import WORKBOOK -o FILE.mandat
  mandat export-workbook FILE.mandat -o OUT.xlsx
  mandat export FILE --format svg|png|pdf|docx|xlsx|csv -o OUT [options]

FILE may be a .mandat file, an .xlsx workbook or a folder of CSV files.
Type "mandat COMMAND --help" for more on a command.
`,
  },
  check: {
    sv: `mandat check FIL [flaggor]

Kör kartans kontroller och skriver fynden; kvitterade fynd visas för sig och räknas inte.
  --as-of ÅÅÅÅ-MM-DD    kartan som den såg ut det datumet (standard: i dag)
  --format text|json    utdata (standard: text)
  --lang sv|en          språk (standard: kartans språk)
  --fail-on NIVÅ        error, warning eller info (standard: warning)

Slutkod: 0 när inget fynd på eller över --fail-on finns kvar, 1 när något finns,
2 vid felaktig indata (felet skrivs ut).
`,
    en: `mandat check FILE [options]

Runs the map's checks and prints the findings; acknowledged findings are listed apart and not counted.
  --as-of YYYY-MM-DD    the map as it stood on that date (default: today)
  --format text|json    output (default: text)
  --lang sv|en          language (default: the map's language)
  --fail-on LEVEL       error, warning or info (default: warning)

Exit code: 0 when nothing at or above --fail-on is left, 1 when something is,
2 on bad input (the error is printed).
`,
  },
  import: {
    sv: `mandat import ARBETSBOK -o FIL.mandat

Läser en .xlsx-arbetsbok eller en mapp med CSV-filer (Bodies, Members, Memberships,
Reporting, Initiatives, Funding) och sparar kartan. Alla fel visas på en gång med blad,
rad och kolumn; ingenting importeras från en arbetsbok med fel.
`,
    en: `mandat import WORKBOOK -o FILE.mandat

Reads an .xlsx workbook or a folder of CSV files (Bodies, Members, Memberships,
Reporting, Initiatives, Funding) and saves the map. Every error is shown at once with
sheet, row and column; nothing is imported from a workbook with errors.
`,
  },
  'export-workbook': {
    sv: `mandat export-workbook FIL.mandat -o UT.xlsx

Skriver kartan som en .xlsx-arbetsbok i importformatet; anges en mapp i stället skrivs
en CSV-fil per blad. import(export(karta)) ger samma karta.
`,
    en: `mandat export-workbook FILE.mandat -o OUT.xlsx

Writes the map as an .xlsx workbook in the import format; given a folder instead, writes
one CSV file per sheet. import(export(map)) gives the same map.
`,
  },
  export: {
    sv: `mandat export FIL --format svg|png|pdf|docx|xlsx|csv -o UT [flaggor]

Diagrammet (svg, png, pdf), rapporten för Word (docx) eller medlemsmatrisen (xlsx, csv).
Utan --format avgör filändelsen på UT.
  --as-of ÅÅÅÅ-MM-DD         kartan som den såg ut det datumet (standard: i dag)
  --lang sv|en               språk (standard: kartans språk)
  --page a4|a3               sidstorlek för pdf och png med --dpi (standard: a4)
  --landscape                liggande sida (standard: stående)
  --only NIVÅER              bara dessa nivåer, t.ex. political,administrative
  --select ID,ID             bara dessa organ
  --scale N                  png: N gånger diagrammets storlek (standard: 1)
  --dpi N                    png: hela sidan i N punkter per tum (t.ex. 300)
  --transparent              png och svg: genomskinlig bakgrund
  --no-legend                utan teckenförklaring
  --no-badges                utan antal iakttagelser på organen
  --no-findings              rapport och kalkylblad utan iakttagelser
  --funding                  visa årets finansiering i diagrammet

Exporten skrivs hel eller inte alls. Slutkod 0 när den skrevs, 2 vid fel.
`,
    en: `mandat export FILE --format svg|png|pdf|docx|xlsx|csv -o OUT [options]

The diagram (svg, png, pdf), the report for Word (docx) or the membership matrix (xlsx, csv).
Without --format, the extension of OUT decides.
  --as-of YYYY-MM-DD         the map as it stood on that date (default: today)
  --lang sv|en               language (default: the map's language)
  --page a4|a3               page size for pdf and for png with --dpi (default: a4)
  --landscape                landscape page (default: portrait)
  --only LEVELS              only these levels, e.g. political,administrative
  --select ID,ID             only these bodies
  --scale N                  png: N times the diagram's size (default: 1)
  --dpi N                    png: the whole page at N dots per inch (e.g. 300)
  --transparent              png and svg: transparent background
  --no-legend                without the legend
  --no-badges                without the number of findings on the bodies
  --no-findings              report and spreadsheet without findings
  --funding                  show the year's funding in the diagram

The export is written whole or not at all. Exit code 0 when written, 2 on error.
`,
  },
};

export function helpText(command: string, lang: Language): string {
  return (HELP[command] ?? HELP.main)![lang];
}
