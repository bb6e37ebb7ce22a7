import { inputError } from './messages';

/** Says in plain words why a file could not be written (nothing half-written is left: writes are atomic). */
export function writeError(path: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') throw inputError(`Mappen för ${path} finns inte.`, `The folder for ${path} does not exist.`);
  if (code === 'EBUSY')
    throw inputError(`${path} är öppen i ett annat program (till exempel Word). Stäng den och försök igen.`, `${path} is open in another program (Word, for example). Close it and try again.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    throw inputError(
      `${path} får inte skrivas (behörighet saknas, skrivskyddat eller öppen i ett annat program).`,
      `${path} may not be written (permission denied, read-only, or open in another program).`,
    );
  if (code === 'ENOSPC') throw inputError(`Disken är full; ${path} skrevs inte.`, `The disk is full; ${path} was not written.`);
  if (code === 'EISDIR') throw inputError(`${path} är en mapp, inte en fil.`, `${path} is a folder, not a file.`);
  throw inputError(`${path} kunde inte skrivas: ${String(e)}`, `${path} could not be written: ${String(e)}`);
}
