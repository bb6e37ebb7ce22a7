import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../scripts/docs/links';
import { CHECKS_PAGE, GUIDE_ANCHORS, GUIDE_PAGE, contextTarget, ruleTarget } from '../../renderer/src/help/helpTargets';
import { RULE_IDS } from '../../shared/analysis/rules';

const anchorsOf = (page: string) => headingAnchors(readFileSync(new URL(`../../docs/${page}.md`, import.meta.url), 'utf8'));

describe('where the help opens', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`every section the window opens is a heading of the ${lang} guide`, () => {
      const anchors = anchorsOf(GUIDE_PAGE[lang]);
      for (const [section, anchor] of Object.entries(GUIDE_ANCHORS)) if (anchor[lang] !== '') expect(anchors, `${section}: #${anchor[lang]}`).toContain(anchor[lang]);
    });
  }

  it("every rule's Read more leads to its heading in the checks reference", () => {
    const anchors = anchorsOf(CHECKS_PAGE);
    for (const rule of RULE_IDS) expect(anchors).toContain(ruleTarget(rule).anchor);
  });

  it('opens the export section over the findings when the Export dialog is open', () => {
    expect(contextTarget({ exportOpen: true, startOpen: false, panel: 'findings' }, 'sv')).toEqual({ page: 'anvandarguide', anchor: 'exportera-till-ett-möte' });
    expect(contextTarget({ exportOpen: false, startOpen: false, panel: 'findings' }, 'en')).toEqual({ page: CHECKS_PAGE, anchor: '' });
    expect(contextTarget({ exportOpen: false, startOpen: false, panel: 'comments' }, 'en')).toEqual({ page: 'user-guide', anchor: 'work-together' });
  });

  it('opens the Compare and matrix views at their sections, over any tab, and the documents and audits tabs at theirs', () => {
    const none = { exportOpen: false, startOpen: false };
    expect(contextTarget({ ...none, compareOpen: true, matrixOpen: true, panel: 'findings' }, 'sv')).toEqual({ page: 'anvandarguide', anchor: 'jämföra-två-datum-eller-två-filer' });
    expect(contextTarget({ ...none, matrixOpen: true, panel: 'findings' }, 'en')).toEqual({ page: 'user-guide', anchor: 'responsibilities-and-role-clarity' });
    expect(contextTarget({ ...none, panel: 'documents' }, 'sv')).toEqual({ page: 'anvandarguide', anchor: 'styrdokument-och-lagen' });
    expect(contextTarget({ ...none, panel: 'audits' }, 'en')).toEqual({ page: 'user-guide', anchor: 'follow-up-an-audit' });
    // A dialog over a view still wins: the Export dialog leads to exporting.
    expect(contextTarget({ exportOpen: true, startOpen: false, compareOpen: true, panel: 'findings' }, 'sv').anchor).toBe('exportera-till-ett-möte');
  });

  it('opens the guide at its top for a panel it has no section for', () => {
    expect(contextTarget({ exportOpen: false, startOpen: false, panel: 'someNewPanel' }, 'sv')).toEqual({ page: 'anvandarguide', anchor: '' });
  });
});
