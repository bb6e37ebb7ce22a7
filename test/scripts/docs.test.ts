import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, elements } from '../../shared/analysis/finding';
import { RULES } from '../../shared/analysis/rules';
import { text } from '../../shared/i18n/text';
import { DECLARATIONS } from '../../shared/model/declarations';
import { checksReference } from '../../scripts/docs/checksReference';
import { cliReference } from '../../scripts/docs/cliReference';
import { GENERATED_DOCS } from '../../scripts/docs/references';
import { workbookReference } from '../../scripts/docs/workbookReference';

const root = join(__dirname, '../..');
const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null);

describe('the references generated from the code', () => {
  for (const doc of GENERATED_DOCS) {
    it(`${doc.path} is up to date (run \`npm run docs\` after changing a rule, a declaration or the help)`, () => {
      const current = read(doc.path);
      expect(current, `${doc.path} is missing: run \`npm run docs\``).not.toBeNull();
      expect(doc.render(current) === current, `${doc.path} is out of date: run \`npm run docs\``).toBe(true);
    });
  }

  it('changes when a rule says something else, so the test above asks for a regeneration', () => {
    const [first, ...rest] = RULES;
    const reworded = { ...first, description: text('Något annat.', 'Something else.') };
    const current = read('docs/reference/checks.md');
    expect(checksReference([reworded, ...rest])).not.toBe(current);
    expect(checksReference([reworded, ...rest])).toContain('Something else.');
  });

  it('lists every rule with its severity, meaning, why, fix and source in both languages', () => {
    const doc = checksReference();
    for (const rule of RULES) {
      expect(doc).toContain(`## ${rule.id}\n`);
      expect(doc).toContain(rule.description.sv);
      expect(doc).toContain(rule.description.en);
      expect(rule.about, rule.id).toBeDefined();
      expect(doc).toContain(rule.about!.why.en.replace(/\|/g, '\\|'));
      expect(doc).toContain(rule.about!.source.sv.replace(/\|/g, '\\|'));
    }
  });

  it('shows a new rule without a why or source as not described, rather than leaving it out', () => {
    const bare = defineRule({ id: 'new-rule', severity: 'info', description: text('Ny.', 'New.'), find: () => [{ subject: 'x', elements: elements({}), message: text('a', 'a'), fix: text('b', 'b') }] });
    const doc = checksReference([bare]);
    expect(doc).toContain('## new-rule');
    expect(doc).toContain('Not described in the rule yet: each finding says how to fix it.');
  });

  it("takes the workbook's sheets, columns and Swedish names from the declarations", () => {
    const doc = workbookReference();
    expect(doc).toContain('## Bodies');
    expect(doc).toContain('**Organ**');
    expect(doc).toMatch(/\| `short_name` \| Kortnamn/);
    const renamed = { ...DECLARATIONS, members: { ...DECLARATIONS.members, sheet: { ...DECLARATIONS.members.sheet!, sv: 'Personer' } } };
    expect(workbookReference(renamed)).toContain('**Personer**');
    expect(workbookReference(renamed)).not.toBe(doc);
  });

  it('lists the Swedish words a workbook may hold, beside the model words', () => {
    const doc = workbookReference();
    expect(doc).toMatch(/\| `steering_group` \| Styrgrupp \| Steering group \| [^|]*styrgruppen/);
  });

  it("quotes the command line's help word for word in both languages", () => {
    const doc = cliReference(['check'], (topic, lang) => `${topic} in ${lang}\n  --flag   what it does\n`);
    expect(doc).toContain('## mandat check');
    expect(doc).toContain('check in sv\n  --flag   what it does');
    expect(doc).toContain('check in en');
  });
});

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('is a first page of at most 150 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
  });

  it('starts with the two commands', () => {
    const [first, second] = readme.split('\n');
    expect(first).toMatch(/^ {4}npm install && npm start {5}# /);
    expect(second).toMatch(/^ {4}npm install && npm test {6}# /);
  });
});

