/**
 * Control characters in the text of a file: ESC, BEL, NUL, vertical tab and the like, which
 * no one types into a name or a note, arrive by copying from a terminal or a broken program,
 * and do harm where they are printed (ESC sequences retitle a terminal and change its colours
 * when `mandat check` prints a name; NUL makes grep take the output for binary). Tab, line
 * feed and carriage return are text and stay.
 */

// The C0 controls but tab, line feed and carriage return; DEL; the C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above, without the global flag for test()
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A control character's replacement: Word's and PowerPoint's line break (vertical tab) and page break (form feed) become a line break, the others go. */
const replacement = (c: string): string => (c === '\u000b' || c === '\u000c' ? '\n' : '');

/** `s` without its control characters (tab, line feed and carriage return kept; a vertical tab or form feed a line break). */
export function withoutControlCharacters(s: string): string {
  return HAS_CONTROL.test(s) ? s.replace(CONTROL, replacement) : s;
}

/** Whether `s` has a control character other than tab, line feed and carriage return. */
export function hasControlCharacters(s: string): boolean {
  return HAS_CONTROL.test(s);
}

/**
 * Removes control characters (a vertical tab or form feed becomes a line break) from every string value in `data` (JSON as parsed, changed in
 * place; keys are left, an unknown key is reported elsewhere), skipping the top-level keys in
 * `skip`. Returns the paths of the values changed (`bodies[3].name`), in file order. Recursive:
 * run on JSON whose nesting restore has checked (at most MAX_JSON_DEPTH levels).
 */
export function removeControlCharacters(data: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  const changed: string[] = [];
  const clean = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      if (!HAS_CONTROL.test(value)) return value;
      changed.push(path);
      return value.replace(CONTROL, replacement);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const cleaned = clean(item, `${path}[${i}]`);
        if (cleaned !== item) value[i] = cleaned;
      }
    }
    else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        if (path === '' && skip.has(key)) continue;
        const item = object[key];
        const at = path === '' ? key : `${path}.${key}`;
        // Only a changed string is written back (an own "__proto__" key is a plain property here, as JSON.parse made it).
        if (typeof item === 'string') {
          const cleaned = clean(item, at);
          if (cleaned !== item) object[key] = cleaned;
        } else if (typeof item === 'object' && item !== null) clean(item, at);
      }
    }
    return value;
  };
  clean(data, '');
  return changed;
}

/**
 * `value` with the control characters removed from every string in it (a vertical tab or
 * form feed a line break), as a copy where something changed and the same object where
 * nothing did. For a command from the window, the command line or a script: text pasted from
 * a terminal or Word would otherwise reach the map and its file, where the next open removes
 * it again and calls the file changed outside Mandat. Nesting deeper than `depth` is left
 * as it is (no command is that deep; its fields refuse it).
 */
export function withoutControlCharactersIn<T>(value: T, depth = 64): T {
  if (typeof value === 'string') return withoutControlCharacters(value) as T;
  if (depth <= 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item: unknown, i) => {
      const cleaned = withoutControlCharactersIn(item, depth - 1);
      if (cleaned !== item) (copy ??= [...value])[i] = cleaned;
    });
    return (copy ?? value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const cleaned = withoutControlCharactersIn(item, depth - 1);
    if (cleaned !== item) {
      copy ??= { ...(value as Record<string, unknown>) };
      Object.defineProperty(copy, key, { value: cleaned, enumerable: true, writable: true, configurable: true });
    }
  }
  return (copy ?? value) as T;
}
