// vitest's global setup: the command line's tests run against its esbuild bundle, as
// `mandat` runs it, so the bundle is rebuilt here once per test run when a source changed.
import { ensureCliBundle } from '../../scripts/build-cli.js';

export default async function setup(): Promise<void> {
  await ensureCliBundle();
}
