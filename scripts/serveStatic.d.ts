import type { Server } from 'node:http';

export const MIME_TYPES: Readonly<Record<string, string>>;
export function mimeType(fileName: string): string;
export function resolveRequestPath(root: string, url: string | undefined): string | null;

export interface StaticServer {
  readonly server: Server;
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** http://host:port/ */
  readonly url: string;
  close(): Promise<void>;
}

export function startStaticServer(options: { root: string; port?: number; host?: string }): Promise<StaticServer>;
