import type { Language } from '../shared/model/vocabulary';

const HELP: Record<string, Record<Language, string>> = {
  main: {
    sv: `mandat – granska en styrningskarta från kommandoraden

Användning:
  mandat check FIL [--as-of ÅÅÅÅ-MM-DD] [--format text|json] [--lang sv|en] [--fail-on error|warning|info]
  mandat import ARBETSBOK -o FIL.mandat
  mandat export-workbook FIL.mandat -o UT.xlsx

FIL kan vara en .mandat-fil, en .xlsx-arbetsbok eller en mapp med CSV-filer.
Skriv "mandat KOMMANDO --help" för mer om ett kommando.
`,
    en: `mandat – check a governance map from the command line

Usage:
  mandat check FILE [--as-of YYYY-MM-DD] [--format text|json] [--lang sv|en] [--fail-on error|warning|info]
  mandat import WORKBOOK -o FILE.mandat
  mandat export-workbook FILE.mandat -o OUT.xlsx

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
};

export function helpText(command: string, lang: Language): string {
  return (HELP[command] ?? HELP.main)![lang];
}
