/**
 * Writes the references generated from the code (scripts/docs/references.ts) into docs/:
 * `npx tsx scripts/docs.ts --write` (or `npm run docs`). Without --write it lists the
 * files that are out of date and exits 1 when any is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DOCS } from './docs/references';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const write = process.argv.includes('--write');
let stale = 0;
for (const doc of GENERATED_DOCS) {
  const file = join(root, doc.path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const wanted = doc.render(current);
  if (wanted === current) continue;
  if (write) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, wanted);
    console.log(`wrote ${doc.path}`);
  } else {
    stale++;
    console.log(`out of date: ${doc.path}`);
  }
}
if (stale > 0) {
  console.log('Run `npm run docs` to write them.');
  process.exit(1);
}
