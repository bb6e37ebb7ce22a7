/**
 * Prints the model table from the declarations (shared/model/declarations/); with
 * --write, puts it into docs/reference/model.md between its markers (`npm run docs`
 * writes it too, with the other generated references).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { modelTable, withModelTable } from '../shared/model/declarations/modelTable';

const table = modelTable();
if (process.argv.includes('--write')) {
  const path = new URL('../docs/reference/model.md', import.meta.url);
  const updated = withModelTable(readFileSync(path, 'utf8'), table);
  if (updated === null) {
    console.error('docs/reference/model.md has no model table markers.');
    process.exit(1);
  }
  writeFileSync(path, updated);
} else console.log(table);
