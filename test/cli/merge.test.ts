import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { restoreText } from '../../shared/file/restore';
import { serializeDocument, serializeMap } from '../../shared/file/serialize';
import { documentFromState, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { shareHistory } from '../../shared/merge';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-merge-'));

const run = runCli;

function restored(path: string) {
  const r = restoreText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
}

/** The sample with `commands` applied to its own history: a copy someone edited. */
function editedCopy(path: string, ...commands: Command[]): void {
  const doc = documentFromState(restored(sample).yjsState!);
  for (const c of commands) expect(applyCommand(doc, c).ok).toBe(true);
  writeFileSync(path, serializeDocument(doc));
}

/** The sample without its history and with KS renamed: a copy that shares no history. */
function separateCopy(path: string): void {
  const { model } = restored(sample);
  const ks = model.bodies.get('ks')!;
  writeFileSync(path, serializeMap({ ...model, bodies: new Map([...model.bodies, ['ks', { ...ks, name: 'KS (annan kopia)' }]]) }, null));
}

describe('mandat merge', () => {
  it('merges a copy with shared history, lists what came from it, and writes the result', async () => {
    const dir = tmp();
    const theirs = join(dir, 'theirs.mandat');
    editedCopy(
      theirs,
      { type: 'addBody', body: { id: 'ny' as BodyId, name: 'Trygghetsrådet' } },
      { type: 'updateBody', id: 'ks' as BodyId, changes: { notes: 'Ändrad i kopian' } },
    );
    const out = join(dir, 'merged.mandat');
    const r = await run('merge', sample, theirs, '-o', out, '--lang', 'sv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('eskilstuna.mandat och theirs.mandat har gemensam historik och slås ihop utan att något går förlorat.');
    expect(r.out).toContain('Från theirs.mandat:\n  Organ: 1 tillagda, 1 ändrade, 0 borttagna\n    Organ "Trygghetsrådet" har lagts till\n    Organ "Kommunstyrelsen" har ändrats: notes');
    expect(r.out).toContain(`Skrev ${out}.`);
    const merged = restored(out);
    expect(merged.model.bodies.get('ny')?.name).toBe('Trygghetsrådet');
    expect(merged.model.bodies.get('ks')?.notes).toBe('Ändrad i kopian');
    expect(shareHistory(restored(sample).yjsState!, merged.yjsState!)).toBe(true);
    expect(readModel(documentFromState(merged.yjsState!)).bodies.get('ny')?.name).toBe('Trygghetsrådet');
  });

  it('lists each conflict and writes nothing without --prefer (exit 1)', async () => {
    const dir = tmp();
    const theirs = join(dir, 'other.mandat');
    separateCopy(theirs);
    const out = join(dir, 'merged.mandat');
    const r = await run('merge', sample, theirs, '-o', out, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('eskilstuna.mandat and other.mandat share no history; they are merged element by element (same id).');
    expect(r.out).toContain('1 conflicts (eskilstuna.mandat / other.mandat):\n  Body "Kommunstyrelsen" differs between the copies [bodies:ks]\n    name: "Kommunstyrelsen" / "KS (annan kopia)"');
    expect(r.out).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('settles every conflict with --prefer, says so, and writes', async () => {
    const dir = tmp();
    const theirs = join(dir, 'other.mandat');
    separateCopy(theirs);
    const out = join(dir, 'merged.mandat');
    const r = await run('merge', sample, theirs, '-o', out, '--prefer', 'theirs', '--lang', 'sv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 konflikter avgjordes med --prefer theirs: versionen i other.mandat behölls för bodies:ks.');
    expect(r.out).toContain('Organ "KS (annan kopia)" har ändrats: name');
    expect(restored(out).model.bodies.get('ks')?.name).toBe('KS (annan kopia)');
    const ours = await run('merge', sample, theirs, '-o', out, '--prefer', 'ours', '--lang', 'sv');
    expect(ours.code).toBe(0);
    expect(ours.out).toContain('Inget nytt från other.mandat.');
    expect(restored(out).model.bodies.get('ks')?.name).toBe('Kommunstyrelsen');
  });

  it('reads a workbook as the other copy', async () => {
    const dir = tmp();
    const xlsx = join(dir, 'copy.xlsx');
    expect((await run('export-workbook', sample, '-o', xlsx)).code).toBe(0);
    const r = await run('merge', sample, xlsx, '-o', join(dir, 'merged.mandat'), '--lang', 'en');
    expect([r.code, r.out.split('\n')[1]]).toEqual([0, 'Nothing new from copy.xlsx.']);
  });

  it('refuses a merged map that does not hold together, naming where (exit 1)', async () => {
    const dir = tmp();
    const a = join(dir, 'a.mandat');
    const b = join(dir, 'b.mandat');
    editedCopy(a, { type: 'updateBody', id: 'ks' as BodyId, changes: { partOf: 'kf' as BodyId } });
    editedCopy(b, { type: 'updateBody', id: 'kf' as BodyId, changes: { partOf: 'ks' as BodyId } });
    const out = join(dir, 'merged.mandat');
    const r = await run('merge', a, b, '-o', out, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bodies\[k[fs]\]\.partOf: the bodies .* are parts of each other in a ring/);
    expect(r.out).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with a clear error on bad arguments and files', async () => {
    const dir = tmp();
    const cases: [string[], string][] = [
      [['merge', sample, sample], 'mandat: Say where to save the merged map with -o FILE.mandat.\n'],
      [['merge', sample, '-o', join(dir, 'x.mandat')], 'mandat: Give two copies: mandat merge A.mandat B.mandat -o C.mandat.\n'],
      [['merge', sample, sample, sample, '-o', join(dir, 'x.mandat')], `mandat: Unexpected argument: ${sample}.\n`],
      [['merge', sample, sample, '-o', join(dir, 'x.txt')], `mandat: ${join(dir, 'x.txt')} must end in .mandat.\n`],
      [['merge', sample, sample, '-o', join(dir, 'x.mandat'), '--prefer', 'mine'], 'mandat: --prefer must be ours or theirs, not "mine".\n'],
      [['merge', sample, 'nowhere.mandat', '-o', join(dir, 'x.mandat')], 'mandat: The file nowhere.mandat does not exist.\n'],
      [['merge', sample, sample, '-o', join(dir, 'no/such/folder.mandat')], `mandat: The folder for ${join(dir, 'no/such/folder.mandat')} does not exist.\n`],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args, '--lang', 'en');
      expect([r.code, r.err]).toEqual([2, message]);
    }
  });

  it('has help in both languages', async () => {
    expect((await run('merge', '--help', '--lang', 'sv')).out).toContain('--prefer ours|theirs  avgör varje konflikt');
    expect((await run('merge', '--help', '--lang', 'en')).out).toContain('--prefer ours|theirs  settles every conflict');
    expect((await run('--help', '--lang', 'en')).out).toContain('mandat merge A.mandat B.mandat -o C.mandat');
  });
});
