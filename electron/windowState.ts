import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** Where and how large a window was, to open it there again. */
export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

const BOUNDS = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(400).max(20000), height: z.number().int().min(300).max(20000), maximized: z.boolean() });

/** The remembered bounds, or null when there are none or the file is unreadable. */
export async function loadBounds(path: string, read: (p: string) => Promise<string> = (p) => readFile(p, 'utf8')): Promise<WindowBounds | null> {
  try {
    const parsed = BOUNDS.safeParse(JSON.parse(await read(path)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Bounds that are still on one of the screens (a laptop undocked from its big screen). */
export function visibleBounds(bounds: WindowBounds | null, screens: readonly { x: number; y: number; width: number; height: number }[]): WindowBounds | null {
  if (!bounds) return null;
  const onScreen = screens.some((s) => bounds.x + 100 > s.x && bounds.y + 50 > s.y && bounds.x + 100 < s.x + s.width && bounds.y + 50 < s.y + s.height);
  return onScreen ? bounds : { ...bounds, x: screens[0]?.x ?? 0, y: screens[0]?.y ?? 0 };
}
