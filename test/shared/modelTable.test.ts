import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLARATIONS } from '../../shared/model/declarations';
import { MODEL_TABLE_END, MODEL_TABLE_START, modelTable, withModelTable } from '../../shared/model/declarations/modelTable';
import { textField } from '../../shared/model/fields';

// The table stands in docs/reference/model.md (moved out of README.md with issue 20).
const readme = readFileSync(new URL('../../docs/reference/model.md', import.meta.url), 'utf8');

describe("the model reference's table", () => {
  it('is what the declarations give (run `npx tsx scripts/model-table.ts --write` after changing one)', () => {
    expect(readme).toContain(MODEL_TABLE_START);
    expect(readme).toContain(MODEL_TABLE_END);
    expect(withModelTable(readme, modelTable())).toBe(readme);
  });

  it('changes when a declaration does', () => {
    const changed = { ...DECLARATIONS, members: { ...DECLARATIONS.members, fields: { ...DECLARATIONS.members.fields, code: textField({ required: true }) } } };
    const table = modelTable(changed);
    expect(table).toContain('| Members | `code` |  | text | yes |');
    expect(withModelTable(readme, table)).not.toBe(readme);
  });
});
