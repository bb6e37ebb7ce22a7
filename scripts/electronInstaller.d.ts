export type InstallResult =
  | { ok: true }
  | { ok: false; reason: 'failed'; detail: string; code: number | null }
  | { ok: false; reason: 'timeout'; detail: string };

/** The command that runs Electron's installer with this Node and the folder it unpacks into, or null when the electron package is absent. */
export function electronInstallerCommand(): { command: string; args: string[]; unpacksInto: string } | null;

/** The first line of the installer's error output that says what went wrong, without the error class. */
export function installerFailureDetail(stderr: string): string;

export function runElectronInstaller(options: {
  command: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  stallMs?: number;
  maxMs?: number;
  pollMs?: number;
  onProgress?: (bytes: number, elapsedMs: number) => void;
  stdout?: NodeJS.WritableStream | null;
  alsoWatch?: string[];
}): Promise<InstallResult>;
