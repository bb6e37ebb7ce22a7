// Writes examples/eskilstuna.mandat from the authored sample in examples/eskilstuna/.
// Run: npm run build:sample
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { eskilstunaModel } from '../examples/eskilstuna';
import { serializeMap } from '../shared/file/serialize';
import { createMapDocument } from '../shared/model/document';
import { restore } from '../shared/file/restore';

const model = eskilstunaModel();
const checked = restore(JSON.parse(serializeMap(model, null)));
if (!checked.ok || checked.repairs.length > 0) {
  console.error('The sample does not restore cleanly:', JSON.stringify(checked, null, 2).slice(0, 2000));
  process.exit(1);
}
const doc = createMapDocument(model);
const path = new URL('../examples/eskilstuna.mandat', import.meta.url);
writeFileSync(path, serializeMap(model, Y.encodeStateAsUpdate(doc)));
console.log(`Wrote ${path.pathname}`);
