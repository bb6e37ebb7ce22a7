import { parseArgs } from 'node:util';
import type { Language } from '../shared/model/vocabulary';
import { helpText } from './help';
import { InputError, inputError, parseLanguage } from './messages';

// Each command is loaded when it is asked for, so that `check` does not pay for the
// exports (docx, jspdf), the workbook (exceljs) or the collaboration server at start-up.

const COMMANDS = ['check', 'import', 'export-workbook', 'export', 'serve', 'merge', 'diff'];

function environmentLanguage(): Language {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** The language asked for with --lang, read straight from the arguments (for when they do not parse). */
function languageIn(argv: readonly string[]): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') return parseLanguageOrNull(argv[i + 1]);
    if (a.startsWith('--lang=')) return parseLanguageOrNull(a.slice('--lang='.length));
  }
  return null;
}

function parseLanguageOrNull(value: string | undefined): Language | null {
  try {
    return parseLanguage(value) ?? null;
  } catch {
    return null;
  }
}

const DATE_OPTIONS = new Set(['--as-of', '--from', '--to']);

/** Node's argument parser's complaint, said in both languages by its code (its own English names internals such as "<value>" and "positional"). */
function argumentError(code: string, message: string, argv: readonly string[]): { sv: string; en: string } {
  const option = /'(-{1,2}[^'\s<=]+)/.exec(message)?.[1] ?? '';
  // A value that starts with a dash but is no option (`--scale -1`) is read as one; said so, with the way to give it.
  const next = argv[argv.indexOf(option) + 1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message) && argv.includes(option) && next?.startsWith('-') && !/^--?[a-zA-Z]/.test(next))
    return {
      sv: `Flaggan ${option} behöver ett värde direkt efter sig; ${next} läses som en flagga eftersom det börjar med ett streck. Skriv ${option}=${next} om det är värdet.`,
      en: `The option ${option} needs a value right after it; ${next} is read as an option because it starts with a dash. Write ${option}=${next} if it is the value.`,
    };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message)
      ? { sv: `Flaggan ${option} tar inget värde.`, en: `The option ${option} takes no value.` }
      : DATE_OPTIONS.has(option)
        ? { sv: `Flaggan ${option} behöver ett datum direkt efter sig, till exempel ${option} 2023-02-21.`, en: `The option ${option} needs a date right after it, for example ${option} 2023-02-21.` }
        : { sv: `Flaggan ${option} behöver ett värde direkt efter sig.`, en: `The option ${option} needs a value right after it.` };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { sv: `Okänd flagga ${option}.`, en: `Unknown option ${option}.` };
  return { sv: `Argumenten kan inte läsas: ${message}`, en: `The arguments cannot be read: ${message}` };
}

/** Runs the command line; returns the exit code: 0 ok, 1 findings at or above --fail-on (check), conflicts left (merge) or differences (diff), 2 bad input. */
export async function main(
  argv: readonly string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let lang: Language = environmentLanguage();
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        'fail-on': { type: 'string' },
        rules: { type: 'string' },
        output: { type: 'string', short: 'o' },
        page: { type: 'string' },
        landscape: { type: 'boolean' },
        only: { type: 'string' },
        select: { type: 'string' },
        scale: { type: 'string' },
        dpi: { type: 'string' },
        transparent: { type: 'boolean' },
        'no-legend': { type: 'boolean' },
        'no-badges': { type: 'boolean' },
        'no-findings': { type: 'boolean' },
        funding: { type: 'boolean' },
        redis: { type: 'string' },
        postgres: { type: 'string' },
        comments: { type: 'boolean' },
        layout: { type: 'string' },
        tiles: { type: 'string' },
        'body-pages': { type: 'boolean' },
        'decided-by': { type: 'boolean' },
        documents: { type: 'boolean' },
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        map: { type: 'string' },
        name: { type: 'string' },
        prefer: { type: 'string' },
        delimiter: { type: 'string' },
        'max-connections': { type: 'string' },
        'auth-timeout': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    });
    const given = parseLanguage(values.lang);
    if (given) lang = given;
    const [command, ...rest] = positionals;
    if (!command || (values.help && !COMMANDS.includes(command))) {
      out.write(helpText('main', lang));
      return command || values.help ? 0 : 2;
    }
    if (!COMMANDS.includes(command))
      throw inputError(`Okänt kommando "${command}". Kommandon: ${COMMANDS.join(', ')}.`, `Unknown command "${command}". Commands: ${COMMANDS.join(', ')}.`);
    if (values.help) {
      out.write(helpText(command, lang));
      return 0;
    }
    if (command === 'serve') {
      if (rest.length > 0) throw inputError(`Oväntat argument: ${rest.join(' ')}.`, `Unexpected argument: ${rest.join(' ')}.`);
      const { host, port, data, map, name, redis, postgres } = values;
      const limits = { maxConnections: values['max-connections'], authTimeout: values['auth-timeout'] };
      const { runServe } = await import('./serveCommand');
      const { scaleSetup } = await import('./scaleSetup');
      return await runServe({ host, port, data, map, name, ...limits, lang, out, err, ...(await scaleSetup(redis, postgres, data, err)) });
    }
    if (command === 'merge') {
      const [ours, theirs, ...more] = rest;
      if (!ours || !theirs) throw inputError('Ange två kopior: mandat merge A.mandat B.mandat -o C.mandat.', 'Give two copies: mandat merge A.mandat B.mandat -o C.mandat.');
      if (more.length > 0) throw inputError(`Oväntat argument: ${more.join(' ')}.`, `Unexpected argument: ${more.join(' ')}.`);
      const { runMerge } = await import('./mergeCommand');
      const r = await runMerge({ ours, theirs, output: values.output, prefer: values.prefer, lang: given });
      for (const note of r.notes) err.write(note + '\n');
      out.write(r.out);
      return r.code;
    }
    if (command === 'diff') {
      const [a, b, ...more] = rest;
      if (!a) throw inputError('Ange en fil och två datum, eller två filer: mandat diff A.mandat [B.mandat] [--from DATUM] [--to DATUM].', 'Give a file and two dates, or two files: mandat diff A.mandat [B.mandat] [--from DATE] [--to DATE].');
      if (more.length > 0) throw inputError(`Oväntat argument: ${more.join(' ')}.`, `Unexpected argument: ${more.join(' ')}.`);
      const { runDiff } = await import('./diffCommand');
      const r = await runDiff({ a, ...(b ? { b } : {}), from: values.from, to: values.to, format: values.format, lang: given });
      for (const note of r.notes) err.write(note + '\n');
      out.write(r.out);
      return r.code;
    }
    const [file, ...extra] = rest;
    if (!file) throw inputError(`Ange en fil: mandat ${command} FIL.`, `Give a file: mandat ${command} FILE.`);
    if (extra.length > 0) throw inputError(`Oväntat argument: ${extra.join(' ')}.`, `Unexpected argument: ${extra.join(' ')}.`);
    if (command === 'check') {
      const { runCheck } = await import('./check');
      const r = await runCheck({ file, asOf: values['as-of'], format: values.format, lang: given, failOn: values['fail-on'], rules: values.rules });
      for (const note of r.notes) err.write(note + '\n');
      out.write(r.out);
      return r.code;
    }
    if (command === 'export') {
      const { runExport } = await import('./exportCommand');
      out.write(
        await runExport({
          file,
          output: values.output,
          format: values.format,
          asOf: values['as-of'],
          lang: given,
          page: values.page,
          landscape: values.landscape,
          only: values.only,
          select: values.select,
          scale: values.scale,
          dpi: values.dpi,
          transparent: values.transparent,
          noLegend: values['no-legend'],
          noBadges: values['no-badges'],
          noFindings: values['no-findings'],
          funding: values.funding,
          comments: values.comments,
          layout: values.layout,
          tiles: values.tiles,
          bodyPages: values['body-pages'],
          decidedBy: values['decided-by'],
          documents: values.documents,
          note: (line) => err.write(line + '\n'),
        }),
      );
      return 0;
    }
    const { runExportWorkbook, runImport } = await import('./workbookCommands');
    if (command === 'import') {
      const r = await runImport(file, values.output, lang);
      for (const note of r.notes) err.write(note + '\n');
      out.write(r.out);
    } else out.write(await runExportWorkbook(file, values.output, values.delimiter, given, (line) => err.write(line + '\n')));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err.write(`mandat: ${e.text[lang]}\n`);
      for (const d of e.details) err.write(`  ${d[lang]}\n`);
      return 2;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      // The arguments did not parse, so --lang was not read by the parser: look for it directly.
      lang = languageIn(argv) ?? lang;
      const said = argumentError(String(e.code), e.message, argv);
      err.write(`mandat: ${said[lang]}\n${lang === 'sv' ? 'Skriv "mandat --help" för hjälp.' : 'Type "mandat --help" for help.'}\n`);
      return 2;
    }
    // A stack trace means nothing to the person at the prompt; MANDAT_DEBUG=1 shows it to a developer.
    const detail = e instanceof Error ? (process.env.MANDAT_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    err.write(`mandat: ${lang === 'sv' ? 'oväntat fel' : 'unexpected error'}: ${detail}\n`);
    return 2;
  }
}
