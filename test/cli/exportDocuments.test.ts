import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../cli/help';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');

/** `mandat export --documents`: the window's export option `documents` on the command line. */
describe('mandat export --documents', () => {
  it('draws the governing documents in force in the diagram only when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandat-export-docs-'));
    const plain = join(dir, 'utan.svg');
    const withDocs = join(dir, 'med.svg');
    const a = await runCli('export', sample, '--as-of', '2021-09-26', '-o', plain);
    const b = await runCli('export', sample, '--as-of', '2021-09-26', '--documents', '-o', withDocs);
    expect([a.code, b.code], a.err + b.err).toEqual([0, 0]);
    // Åtaganden 2021 is in force on 2021-09-26 (the 2021 audit, §3.2.3); its sheet carries its title.
    expect(readFileSync(plain, 'utf8')).not.toContain('Åtaganden 2021');
    expect(readFileSync(withDocs, 'utf8')).toContain('Åtaganden 2021');
  });

  it('is in the export help in both languages', () => {
    expect(helpText('export', 'sv')).toContain('--documents');
    expect(helpText('export', 'en')).toContain('--documents');
  });
});
