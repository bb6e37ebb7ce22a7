// The sources run from cli/, the bundle from dist/cli/ (scripts/build-cli.js defines
// MANDAT_CLI_BUNDLE): files beside the program (fonts, the web build) are found from here.
declare const MANDAT_CLI_BUNDLE: boolean | undefined;

/** The folder that holds assets/ and dist/, whether the command line runs from source or bundled. */
export const APP_ROOT = new URL(typeof MANDAT_CLI_BUNDLE !== 'undefined' && MANDAT_CLI_BUNDLE ? '../../' : '../', import.meta.url);
