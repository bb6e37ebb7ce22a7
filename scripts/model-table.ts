/**
 * Prints the README's model table from the declarations (shared/model/declarations/);
 * with --write, puts it into README.md between its markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { modelTable, withModelTable } from '../shared/model/declarations/modelTable';

const table = modelTable();
if (process.argv.includes('--write')) {
  const path = new URL('../README.md', import.meta.url);
  const updated = withModelTable(readFileSync(path, 'utf8'), table);
  if (updated === null) {
    console.error('README.md has no model table markers under "## The model".');
    process.exit(1);
  }
  writeFileSync(path, updated);
} else console.log(table);
