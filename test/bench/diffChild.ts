// The compare measurements' entry point, bundled and run in a child by diffBench.ts.
import { main } from './diffMeasure';

main();
