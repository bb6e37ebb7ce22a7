import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { BUNDLE_ENTRY } from '../../bin/cliBundle.js';

// The bundle that `mandat` runs (built by test/cli/bundleSetup.ts before the tests), not the
// sources: a command that works from cli/ but breaks when bundled fails here.
const { main } = (await import(pathToFileURL(BUNDLE_ENTRY).href)) as typeof import('../../cli/main');

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** Runs the command line in this process, as `mandat ARGS` would: exit code and what it printed. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(args, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}
