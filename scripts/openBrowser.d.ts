import type { spawn } from 'node:child_process';

export interface BrowserOptions {
  platform?: string;
  env?: NodeJS.ProcessEnv;
  exists?: (name: string) => boolean;
}

/** Whether `name` is an executable on PATH. */
export function onPath(name: string, env?: NodeJS.ProcessEnv): boolean;

/** The command that opens `url` in the default browser here, or null with why not. */
export function browserCommand(url: string, options?: BrowserOptions): { command: string; args: string[] } | { command: null; why: string };

/** Starts the browser on `url` without waiting for it; never rejects. */
export function openBrowser(url: string, options?: BrowserOptions & { run?: typeof spawn }): Promise<{ opened: boolean; why: string }>;
