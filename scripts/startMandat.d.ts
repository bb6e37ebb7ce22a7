export type Language = 'sv' | 'en';

/** 'en' when the environment's language is English, else 'sv'. */
export function environmentLanguage(env?: NodeJS.ProcessEnv): Language;

/** Whether ELECTRON_SKIP_BINARY_DOWNLOAD asks not to download Electron. */
export function downloadSkipped(env?: NodeJS.ProcessEnv): boolean;

export type InstallOutcome = { ok: true } | { ok: false; reason: string; detail?: string };

export interface StartMessages {
  downloading(seconds: number): string;
  progress(bytes: number, elapsedMs: number): string;
  installed: string;
  why: {
    failed(detail: string): string;
    timeout(detail: string): string;
    skipped(): string;
    missing(): string;
    unavailable(): string;
  };
  fallback(why: string): string;
  building: string;
  serving(url: string): string;
  openYourself(url: string): string;
  webFailed(message: string): string;
  unknownOption(option: string): string;
}

export const START_MESSAGES: Record<Language, StartMessages>;

export interface StartDependencies<Served extends { url: string }> {
  findBinary: () => string | null;
  installElectron: ((onProgress: (bytes: number, elapsedMs: number) => void) => Promise<InstallOutcome>) | null;
  launchDesktop: (binary: string) => unknown;
  startWeb: () => Promise<Served>;
  openBrowser: (url: string) => Promise<{ opened: boolean; why?: string }>;
  env?: NodeJS.ProcessEnv;
  timeoutSeconds?: number;
  log?: (line: string) => void;
  error?: (line: string) => void;
  progress?: (line: string) => void;
}

export type StartOutcome<Served> =
  | { mode: 'desktop'; binary: string; launched: unknown }
  | { mode: 'web'; why: string; served: Served; browser: { opened: boolean; why?: string } };

/** Starts Mandat: the desktop window when Electron is there or can be fetched, else the web version. */
export function startMandat<Served extends { url: string }>(deps: StartDependencies<Served>): Promise<StartOutcome<Served>>;
