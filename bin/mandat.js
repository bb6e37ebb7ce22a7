#!/usr/bin/env node
// The command line: `npx mandat check FILE`, `npx mandat import`, `npx mandat export-workbook`.
// The TypeScript sources run through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
