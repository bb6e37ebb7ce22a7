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

  it('opens the guide at its top for a panel it has no section for', () => {
    expect(contextTarget({ exportOpen: false, startOpen: false, panel: 'someNewPanel' }, 'sv')).toEqual({ page: 'anvandarguide', anchor: '' });
  });
});
