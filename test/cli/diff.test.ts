import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../shared/file/restore';
import { serializeMap } from '../../shared/file/serialize';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-diff-'));

/** The sample with KS renamed and one body gone: a later version of the map. */
function laterVersion(path: string): void {
  const r = restoreText(readFileSync(sample, 'utf8'));
  if (!r.ok) throw new Error(r.error.message.en);
  const bodies = new Map(r.model.bodies);
  const ks = bodies.get('ks')!;
  bodies.set('ks', { ...ks, name: 'Regionstyrelsen' });
  bodies.delete('sos');
  const fundingLines = new Map([...r.model.fundingLines].filter(([, f]) => f.funder !== 'sos' && f.receiver !== 'sos'));
  writeFileSync(path, serializeMap({ ...r.model, bodies, fundingLines }, null));
}

describe('mandat diff', () => {
  it('compares one file on two dates, and exits 1 because something changed', async () => {
    const r = await runCli('diff', sample, '--from', '2021-09-26', '--to', '2023-06-01', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('+ Body "Trygghetsberedningen" was added (from 2023-01-10)');
    expect(r.out).toContain('- Body "Lokala brottsförebyggande rådet" is no longer there (ended 2023-01-10)');
  });

  it('exits 0 when nothing changed', async () => {
    const same = await runCli('diff', sample, sample, '--lang', 'sv');
    expect(same.code).toBe(0);
    expect(same.out).toContain('Inga skillnader.');
    expect((await runCli('diff', sample, '--from', '2020-01-01', '--to', '2020-01-01')).code).toBe(0);
  });

  it('writes JSON with the changes grouped by collection, ids for framing and the findings', async () => {
    const later = join(tmp(), 'later.mandat');
    laterVersion(later);
    const r = await runCli('diff', sample, later, '--format', 'json', '--lang', 'en');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.mode).toBe('files');
    expect(json.changed).toBe(true);
    const bodies = json.groups.find((g: { collection: string }) => g.collection === 'bodies');
    const ks = bodies.changes.find((c: { id: string }) => c.id === 'ks');
    expect(ks.description).toBe('Body "Regionstyrelsen" was renamed (formerly "Kommunstyrelsen")');
    expect(ks.bodies).toEqual(['ks']);
    expect(bodies.changes.find((c: { id: string }) => c.id === 'sos').kind).toBe('removed');
    expect(Array.isArray(json.findings.persists)).toBe(true);
  });

  it('refuses bad input with exit 2 and a message in the language asked for', async () => {
    const noDates = await runCli('diff', sample, '--lang', 'en');
    expect(noDates.code).toBe(2);
    expect(noDates.err).toContain('give both --from and --to');
    const badDate = await runCli('diff', sample, '--from', '2023-02-30', '--to', '2023-06-01', '--lang', 'sv');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--from ska vara ett datum');
    const missing = await runCli('diff', join(tmp(), 'nowhere.mandat'), sample);
    expect(missing.code).toBe(2);
    expect((await runCli('diff', sample, '--from', '2021-01-01', '--to', '2022-01-01', '--format', 'xml')).code).toBe(2);
  });
});
