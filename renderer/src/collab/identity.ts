/**
 * Who is working here: the name shown to colleagues in a session and written on comments,
 * and a colour for their selection on the canvas. Kept in this browser's localStorage.
 */
const NAME_KEY = 'mandat.userName';
const COLOURS = ['#d92d20', '#1570ef', '#039855', '#dc6803', '#7a5af8', '#dd2590', '#0e9384', '#475467'] as const;

/** The user's name, or '' when they have not said. */
export function userName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function setUserName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.trim());
  } catch {
    // Private windows may refuse storage; the name then lasts only this session.
  }
}

/** A stable colour for a name, so a colleague keeps theirs across sessions. */
export function colourOf(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return COLOURS[h % COLOURS.length] as string;
}
