import type { Language } from '../shared/model/vocabulary';

const HELP: Record<string, Record<Language, string>> = {
  main: {
    sv: `mandat – granska en styrningskarta från kommandoraden

Användning:
  mandat check FIL [--as-of ÅÅÅÅ-MM-DD] [--format text|json] [--lang sv|en] [--fail-on error|warning|info] [--rules GRUPPER]
  mandat import ARBETSBOK -o FIL.mandat
  mandat export-workbook FIL.mandat -o UT.xlsx
  mandat export FIL --format svg|png|pdf|docx|html|xlsx|csv -o UT [flaggor]
  mandat serve [--map FIL.mandat] [--host 127.0.0.1] [--port 4455] [--data MAPP]
  mandat merge A.mandat B.mandat -o C.mandat [--prefer ours|theirs] [--lang sv|en]
  mandat diff A.mandat [B.mandat] [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [--format text|json] [--lang sv|en]

FIL kan vara en .mandat-fil, en .xlsx-arbetsbok eller en mapp med CSV-filer.
Skriv "mandat KOMMANDO --help" för mer om ett kommando.
`,
    en: `mandat – check a governance map from the command line

Usage:
  mandat check FILE [--as-of YYYY-MM-DD] [--format text|json] [--lang sv|en] [--fail-on error|warning|info] [--rules GROUPS]
  mandat import WORKBOOK -o FILE.mandat
  mandat export-workbook FILE.mandat -o OUT.xlsx
  mandat export FILE --format svg|png|pdf|docx|html|xlsx|csv -o OUT [options]
  mandat serve [--map FILE.mandat] [--host 127.0.0.1] [--port 4455] [--data FOLDER]
  mandat merge A.mandat B.mandat -o C.mandat [--prefer ours|theirs] [--lang sv|en]
  mandat diff A.mandat [B.mandat] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json] [--lang sv|en]

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
  --rules GRUPPER       bara dessa kontroller, åtskilda med komma: grupperna law (lagkrav
                        enligt lag 2023:196), police (samverkan med polisen), plans
                        (styrdokument) och structure (övriga), eller en kontrolls id
                        (t.ex. no-action-plan); körs även om kartan har stängt av dem

Slutkod: 0 när inget fynd på eller över --fail-on finns kvar, 1 när något finns,
2 vid felaktig indata (felet skrivs ut).
`,
    en: `mandat check FILE [options]

Runs the map's checks and prints the findings; acknowledged findings are listed apart and not counted.
  --as-of YYYY-MM-DD    the map as it stood on that date (default: today)
  --format text|json    output (default: text)
  --lang sv|en          language (default: the map's language)
  --fail-on LEVEL       error, warning or info (default: warning)
  --rules GROUPS        only these checks, separated by commas: the groups law (the
                        requirements of Act 2023:196), police (cooperation with the
                        police), plans (governing documents) and structure (the rest),
                        or a check's id (e.g. no-action-plan); run even if the map
                        switched them off

Exit code: 0 when nothing at or above --fail-on is left, 1 when something is,
2 on bad input (the error is printed).
`,
  },
  import: {
    sv: `mandat import ARBETSBOK -o FIL.mandat

Läser en .xlsx-arbetsbok eller en mapp med CSV-filer (Organ, Ledamöter, Medlemskap,
Rapportering, Satsningar, Finansiering – eller Bodies, Members … på engelska) och sparar
kartan. Kolumner på svenska (Namn, Kortnamn, Slag, Nivå …) eller engelska; organ anges
med id, kortnamn eller namn. Alla fel visas på en gång med blad, rad och kolumn;
ingenting importeras från en arbetsbok med fel. Skriver vad som kom in.
  --lang sv|en               språk för meddelandena (standard: datorns språk)
`,
    en: `mandat import WORKBOOK -o FILE.mandat

Reads an .xlsx workbook or a folder of CSV files (Bodies, Members, Memberships,
Reporting, Initiatives, Funding – or Organ, Ledamöter … in Swedish) and saves the map.
Columns in English (name, short_name, kind …) or Swedish; bodies are referred to by id,
short name or name. Every error is shown at once with sheet, row and column; nothing is
imported from a workbook with errors. Says what came in.
  --lang sv|en               language of the messages (default: the computer's)
`,
  },
  'export-workbook': {
    sv: `mandat export-workbook FIL.mandat -o UT.xlsx [--delimiter ';'|','|tab]

Skriver kartan som en .xlsx-arbetsbok i importformatet, på kartans språk; anges en mapp
i stället skrivs en CSV-fil per blad (UTF-8, avgränsade med ; för en svensk karta och ,
för en engelsk, om inte --delimiter anger annat). import(export(karta)) ger samma karta.
`,
    en: `mandat export-workbook FILE.mandat -o OUT.xlsx [--delimiter ';'|','|tab]

Writes the map as an .xlsx workbook in the import format, in the map's language; given a
folder instead, writes one CSV file per sheet (UTF-8, separated by ; for a Swedish map and
, for an English one unless --delimiter says otherwise). import(export(map)) gives the same map.
`,
  },
  export: {
    sv: `mandat export FIL --format svg|png|pdf|docx|html|xlsx|csv|followup -o UT [flaggor]

Diagrammet (svg, png, pdf), rapporten för Word (docx), den tillgängliga webbpubliceringen
(html: en fristående sida med diagrammet, det i text och iakttagelserna), medlemsmatrisen (xlsx, csv)
eller uppföljningen av revisionens rekommendationer för Word (followup, en .docx).
Utan --format avgör filändelsen på UT.
  --as-of ÅÅÅÅ-MM-DD         kartan som den såg ut det datumet (standard: i dag)
  --lang sv|en               språk (standard: kartans språk)
  --page a4|a3|a2|a1|a0|auto sidstorlek för pdf och png med --dpi; auto: minsta sida där
                             organens namn blir minst 8 pt (standard: auto för pdf, a4 för png)
  --landscape                liggande sida (standard: stående)
  --only NIVÅER              bara dessa nivåer, t.ex. political,administrative
  --select ID,ID             bara dessa organ
  --scale N                  png: N gånger diagrammets storlek (standard: 1)
  --dpi N                    png: hela sidan i N punkter per tum (t.ex. 300)
  --transparent              png och svg: genomskinlig bakgrund
  --no-legend                utan teckenförklaring
  --no-badges                utan antal iakttagelser på organen
  --no-findings              rapport, publicering och kalkylblad utan iakttagelser
  --funding                  visa årets finansiering i diagrammet
  --comments                 docx: ta med kartans kommentarer
  --layout map|layered       var organen står: som på kartan (standard) eller i lager
                             (ELK), fullmäktige överst och så få korsande linjer som möjligt
  --tiles a4|a3              pdf: affisch på flera blad med överlapp och skärmärken,
                             organens namn minst 8 pt, och först en översikt
  --body-pages               pdf och docx: en sida per organ efter diagrammet
  --decided-by               visa vem som beslutade varje organs mandat (linjer)
  --documents                visa styrdokumenten i diagrammet, kopplade till vad de styr

Exporten skrivs hel eller inte alls. Slutkod 0 när den skrevs, 2 vid fel.
`,
    en: `mandat export FILE --format svg|png|pdf|docx|html|xlsx|csv|followup -o OUT [options]

The diagram (svg, png, pdf), the report for Word (docx), the accessible web publication
(html: one self-contained page with the diagram, the diagram in words and the findings), the membership matrix (xlsx, csv)
or the follow-up of the auditors' recommendations for Word (followup, a .docx).
Without --format, the extension of OUT decides.
  --as-of YYYY-MM-DD         the map as it stood on that date (default: today)
  --lang sv|en               language (default: the map's language)
  --page a4|a3|a2|a1|a0|auto page size for pdf and for png with --dpi; auto: the smallest
                             page with body names at 8 pt or more (default: auto for pdf, a4 for png)
  --landscape                landscape page (default: portrait)
  --only LEVELS              only these levels, e.g. political,administrative
  --select ID,ID             only these bodies
  --scale N                  png: N times the diagram's size (default: 1)
  --dpi N                    png: the whole page at N dots per inch (e.g. 300)
  --transparent              png and svg: transparent background
  --no-legend                without the legend
  --no-badges                without the number of findings on the bodies
  --no-findings              report, publication and spreadsheet without findings
  --funding                  show the year's funding in the diagram
  --comments                 docx: include the map's comments
  --layout map|layered       where the bodies stand: as on the map (default) or in layers
                             (ELK), fullmäktige on top and as few crossing lines as it finds
  --tiles a4|a3              pdf: a poster on several sheets with overlap and cut marks,
                             body names at 8 pt or more, an overview first
  --body-pages               pdf and docx: one page per body after the diagram
  --decided-by               show who decided each body's mandate (lines)
  --documents                show the governing documents in the diagram, linked to what they govern

The export is written whole or not at all. Exit code 0 when written, 2 on error.
`,
  },
  merge: {
    sv: `mandat merge A B -o C.mandat [--prefer ours|theirs] [--lang sv|en]

Slår ihop kopian B med kopian A och sparar resultatet i C; A och B kan vara .mandat-filer,
.xlsx-arbetsböcker eller mappar med CSV-filer. Kopior av samma karta (den ena kopierad från
den andra, eller båda från samma fil) har gemensam historik och slås ihop utan att något
går förlorat. Kartor utan gemensam historik (två importer, en arbetsbok) slås ihop element
för element: det som bara finns i den ena läggs till, det som finns lika i båda behålls,
och det som finns olika i båda är en konflikt som någon måste avgöra.
  -o C.mandat           vart den sammanslagna kartan sparas (får vara A)
  --prefer ours|theirs  avgör varje konflikt till förmån för A (ours) eller B (theirs);
                        varje konflikt som avgjordes så skrivs ut
  --lang sv|en          språk (standard: A:s språk)

Skriver vad som kom från B, organ för organ. Slutkod: 0 när C skrevs, 1 när konflikter
saknar ett val eller den sammanslagna kartan inte hänger ihop (inget skrivs, allt listas),
2 vid felaktig indata.
`,
    en: `mandat merge A B -o C.mandat [--prefer ours|theirs] [--lang sv|en]

Merges copy B into copy A and saves the result as C; A and B may be .mandat files, .xlsx
workbooks or folders of CSV files. Copies of one map (one copied from the other, or both
from one file) share history and merge without losing anything. Maps without shared
history (two imports, a workbook) merge element by element: what only one holds is added,
what both hold alike is kept, and what both hold differently is a conflict someone must
settle.
  -o C.mandat           where to save the merged map (may be A)
  --prefer ours|theirs  settles every conflict in favour of A (ours) or B (theirs);
                        each conflict settled that way is listed
  --lang sv|en          language (default: A's language)

Prints what came from B, element by element. Exit code: 0 when C was written, 1 when
conflicts have no choice or the merged map does not hold together (nothing is written,
everything is listed), 2 on bad input.
`,
  },
  diff: {
    sv: `mandat diff A [B] [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [--format text|json] [--lang sv|en]

Visar vad som skiljer: en karta per två datum (A per --from mot A per --to: det som gällde
då, organen under de namn de hade då), eller två filer (två versioner av en karta, eller två
kommuners kartor). Organ som tillkommit, tagits bort, bytt namn (med det gamla namnet) eller
ändrats; ledamöter som gått in i eller lämnat organ; linjer, satsningar, finansiering,
styrdokument och allt annat kartan håller; och fynd som tillkommit, åtgärdats eller kvarstår.
Två filer paras ihop efter id; har de inga organ-id gemensamma paras organ och ledamöter
ihop efter namn, och utskriften säger det.
  --from ÅÅÅÅ-MM-DD    första datumet (för två filer: datumet A:s fynd bedöms på; standard i dag)
  --to ÅÅÅÅ-MM-DD      andra datumet (för två filer: B:s fynd; standard som --from)
  --format text|json   utdata (standard: text)
  --lang sv|en         språk (standard: A:s språk)

Slutkod: 0 när inget skiljer, 1 när något gör det, 2 vid felaktig indata.
`,
    en: `mandat diff A [B] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json] [--lang sv|en]

Shows what differs: one map on two dates (A as of --from against A as of --to: what was in
force then, the bodies under the names they had then), or two files (two versions of one
map, or two municipalities' maps). Bodies added, removed, renamed (with the old name) or
changed; members who joined or left bodies; lines, initiatives, funding, governing documents
and everything else the map holds; and findings that appeared, were resolved or persist.
Two files are matched by id; when they share no body id, bodies and members are matched by
name, and the output says so.
  --from YYYY-MM-DD    the first date (for two files: the date A's findings are judged on; default today)
  --to YYYY-MM-DD      the second date (for two files: B's findings; default as --from)
  --format text|json   output (default: text)
  --lang sv|en         language (default: A's language)

Exit code: 0 when nothing differs, 1 when something does, 2 on bad input.
`,
  },
  serve: {
    sv: `mandat serve [flaggor]

Kör samarbetsservern: kollegor öppnar en inbjudningslänk i webbläsaren (eller i appen)
och redigerar samma karta samtidigt. Med --map delas en karta och två länkar skrivs ut:
en för att redigera och en för att bara läsa. Utan --map skrivs länkarna till de kartor
som redan delas. Länkarna har formen http://VÄRD:PORT/#session=…&token=…
  --map FIL.mandat     dela den här kartan (med dess historik, så kopior kan slås ihop)
  --name NAMN          kartans namn i listan (standard: kartans eget namn)
  --host ADRESS        lyssna bara här (standard: 127.0.0.1, bara den här datorn);
                       0.0.0.0 når hela nätet och måste anges uttryckligen
  --port N             port (standard: 4455; 0 = valfri ledig)
  --data MAPP          var kartor och inbjudningar sparas (standard: ./mandat-data)
  --postgres URL       spara kartorna i PostgreSQL (postgres://…) i stället för i mappen
  --redis URL          flera servrar på samma kartor: ändringar går via Redis (redis://…);
                       kräver --postgres och samma --data för alla
  --max-connections N  högst så många anslutningar samtidigt (standard: 1000)
  --auth-timeout S     sekunder en anslutning får vara öppen utan giltig inbjudan
                       (standard: 15)

Varje karta sparas högst 2 sekunder efter senaste ändringen. Ctrl+C (eller SIGTERM)
sparar allt innan servern slutar. Webbversionen (dist/web) visas på samma adress när
den är byggd (npx vite build).
`,
    en: `mandat serve [options]

Runs the collaboration server: colleagues open an invitation link in a browser (or in the
app) and edit the same map at the same time. With --map, a map is shared and two links are
printed: one to edit and one to view only. Without --map, the links of the maps already
shared are printed. Links have the form http://HOST:PORT/#session=…&token=…
  --map FILE.mandat    share this map (with its history, so copies can be merged)
  --name NAME          the map's name in the list (default: the map's own name)
  --host ADDRESS       listen only here (default: 127.0.0.1, this computer only);
                       0.0.0.0 reaches the whole network and must be given explicitly
  --port N             port (default: 4455; 0 = any free one)
  --data FOLDER        where maps and invitations are kept (default: ./mandat-data)
  --postgres URL       keep the maps in PostgreSQL (postgres://…) instead of the folder
  --redis URL          several servers on the same maps: edits go through Redis (redis://…);
                       needs --postgres and the same --data for all
  --max-connections N  at most this many connections at once (default: 1000)
  --auth-timeout S     seconds a connection may stay open without a valid invitation
                       (default: 15)

Each map is stored at most 2 seconds after its last change. Ctrl+C (or SIGTERM) stores
everything before the server stops. The web version (dist/web) is served on the same
address when it is built (npx vite build).
`,
  },
};

/** The commands with a help text of their own (`main` is the overview), for the generated reference. */
export const HELP_TOPICS: readonly string[] = Object.keys(HELP);

export function helpText(command: string, lang: Language): string {
  return (HELP[command] ?? HELP.main)![lang];
}
