import type { Language } from '../../../shared/model/vocabulary';

/**
 * Where the bundled help (dist/web/help/, built from docs/) opens for what is on screen.
 * The anchors are the guides' headings; test/renderer/helpTargets.test.ts checks each one
 * against the Markdown, so renaming a heading without changing this fails there.
 */
export interface HelpTarget {
  /** The page under help/, without `.html`: `anvandarguide`, `reference/checks`. */
  readonly page: string;
  /** A heading's anchor on that page, or '' for its top. */
  readonly anchor: string;
}

/** The user guide's sections that the window opens. */
export type GuideSection = 'top' | 'map' | 'documents' | 'import' | 'findings' | 'roles' | 'responsibilities' | 'audit' | 'compare' | 'export' | 'together' | 'merge';

export const GUIDE_PAGE: Readonly<Record<Language, string>> = { sv: 'anvandarguide', en: 'user-guide' };

export const GUIDE_ANCHORS: Readonly<Record<GuideSection, Readonly<Record<Language, string>>>> = {
  top: { sv: '', en: '' },
  map: { sv: 'kartlägg-din-organisation', en: 'map-your-organisation' },
  documents: { sv: 'styrdokument-och-lagen', en: 'governing-documents-and-the-law' },
  import: { sv: 'importera-din-excel-lista', en: 'import-your-excel-list' },
  findings: { sv: 'läs-fynden', en: 'read-the-findings' },
  roles: { sv: 'kontrollera-rolltydligheten', en: 'check-role-clarity' },
  responsibilities: { sv: 'ansvar-och-rollklarhet', en: 'responsibilities-and-role-clarity' },
  audit: { sv: 'följ-upp-en-granskning', en: 'follow-up-an-audit' },
  compare: { sv: 'jämföra-två-datum-eller-två-filer', en: 'compare-two-dates-or-two-files' },
  export: { sv: 'exportera-till-ett-möte', en: 'export-for-a-meeting' },
  together: { sv: 'arbeta-tillsammans', en: 'work-together' },
  merge: { sv: 'slå-ihop-kopior', en: 'merge-copies' },
};

/** The checks reference (generated from the rules by scripts/docs.ts), in both languages. */
export const CHECKS_PAGE = 'reference/checks';

export function guideTarget(section: GuideSection, lang: Language): HelpTarget {
  return { page: GUIDE_PAGE[lang], anchor: GUIDE_ANCHORS[section][lang] };
}

/** A rule's entry in the checks reference: its heading is its id. */
export function ruleTarget(rule: string): HelpTarget {
  return { page: CHECKS_PAGE, anchor: rule };
}

/** What is on screen, as far as help is concerned. */
export interface HelpContext {
  readonly exportOpen: boolean;
  readonly startOpen: boolean;
  /** View › Compare: the Compare panel stands in for the side panel. */
  readonly compareOpen?: boolean;
  /** View › Responsibility matrix: the matrix covers the canvas. */
  readonly matrixOpen?: boolean;
  readonly panel: string;
}

const PANEL_SECTIONS: Readonly<Record<string, GuideSection>> = {
  body: 'map',
  members: 'map',
  initiatives: 'map',
  comments: 'together',
  settings: 'findings',
  // Governing documents have their own section under mapping; the audits tab is the follow-up.
  documents: 'documents',
  audits: 'audit',
};

/** The help for what is on screen: a dialog first, then a view over the window, then the side panel's tab (the findings → the checks). */
export function contextTarget(context: HelpContext, lang: Language): HelpTarget {
  if (context.exportOpen) return guideTarget('export', lang);
  if (context.startOpen) return guideTarget('top', lang);
  if (context.compareOpen) return guideTarget('compare', lang);
  if (context.matrixOpen) return guideTarget('responsibilities', lang);
  if (context.panel === 'findings') return { page: CHECKS_PAGE, anchor: '' };
  return guideTarget(PANEL_SECTIONS[context.panel] ?? 'top', lang);
}
