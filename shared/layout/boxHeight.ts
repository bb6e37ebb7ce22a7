import type { Body } from '../model/types';

/**
 * About how tall the canvas draws a body's box (renderer/src/styles.css, .body-node at a
 * 14 px root, every line of it at a line height of 1.2): the coloured band (8) and the
 * padding (2 × 6), the kind (10.5 px), the name at 14 px semibold, the line of short name
 * and members (11.2 px, 2 below the name) and the bottom border (2). A box is never lower
 * than the canvas's NODE_HEIGHT (84 px); a name of three lines or a chair's line makes it
 * taller, and the layouts leave room for that so boxes do not run into the row below.
 *
 * An estimate from the number of letters, without the font: the name at about 8.2 px a
 * letter (the widest of the usual system fonts at 14 px semibold), broken between words
 * as the browser does, so it errs towards more lines rather than fewer.
 */
const TEXT_WIDTH = 196;
const LETTER = 8.2;
const NAME_LINE = 14 * 1.2;
const FRAME = 8 + 2 * 6 + 10.5 * 1.2 + 2 + 11.2 * 1.2 + 2;
/** A chair's line, wrapped below the members (the meta line's row gap, 6, and its height). */
export const CHAIR_LINE = 6 + 11.2 * 1.2;
const MIN_HEIGHT = 84;

/** How many lines the name takes at the box's width, counting letters. */
export function nameLines(name: string): number {
  const perLine = Math.floor(TEXT_WIDTH / LETTER);
  let lines = 1;
  let used = 0;
  for (const word of name.trim().split(/\s+/)) {
    const length = [...word].length;
    if (used === 0) {
      used = length;
    } else if (used + 1 + length <= perLine) {
      used += 1 + length;
    } else {
      lines++;
      used = length;
    }
    // A word longer than the line is not broken: it runs into the padding on a line of its
    // own ("Kommunledningskontoret" broken as "…kontor / et" read worse than a few pixels over).
  }
  return lines;
}

/**
 * The height a body's box can take on any date: its longest name (the current one or a
 * former one, as the box shows the name of the date), with a chair's line when `chair`.
 */
export function boxHeightOf(body: Pick<Body, 'name' | 'formerNames'>, chair = false): number {
  const lines = Math.max(nameLines(body.name), ...body.formerNames.map((f) => nameLines(f.name)));
  return Math.max(MIN_HEIGHT, Math.ceil(FRAME + lines * NAME_LINE + (chair ? CHAIR_LINE : 0)));
}
