/**
 * The documentation written from the code: each file with what it should hold. A whole
 * file for the checks, the workbook and the command line; for the model, the table between
 * its markers in docs/reference/model.md (the prose around it is written by hand).
 */
import { modelTable, withModelTable } from '../../shared/model/declarations/modelTable';
import { checksReference } from './checksReference';
import { cliReference } from './cliReference';
import { workbookReference } from './workbookReference';

export interface GeneratedDoc {
  /** Path from the repository's root. */
  readonly path: string;
  /** What the file should hold, given what it holds now (null when it does not exist). */
  readonly render: (current: string | null) => string;
}

/** docs/reference/model.md holds the model table between markers; without them it is an error to fix by hand. */
function modelDoc(current: string | null): string {
  const updated = current === null ? null : withModelTable(current, modelTable());
  if (updated === null) throw new Error('docs/reference/model.md has no model table markers (see shared/model/declarations/modelTable.ts).');
  return updated;
}

export const GENERATED_DOCS: readonly GeneratedDoc[] = [
  { path: 'docs/reference/checks.md', render: () => checksReference() },
  { path: 'docs/reference/workbook.md', render: () => workbookReference() },
  { path: 'docs/reference/cli.md', render: () => cliReference() },
  { path: 'docs/reference/model.md', render: modelDoc },
];
