import { text, type Text } from '../../shared/i18n/text';

export type SaveErrorCode = 'disk-full' | 'read-only' | 'permission' | 'folder-missing' | 'busy' | 'verify-failed' | 'unknown';

/** Why a save failed, as data a person can act on: the open map is never lost. */
export interface SaveError {
  readonly code: SaveErrorCode;
  readonly message: Text;
  /** The file that was to be saved. */
  readonly path: string;
  /** A complete copy of the new text that could not be put in place; kept so that nothing is lost. */
  readonly tempPath?: string;
  /** The previous version, kept because the new file could not be verified. */
  readonly backupPath?: string;
  /** The operating system's code (ENOSPC, EBUSY …), for the log. */
  readonly systemCode?: string;
}

/** Where in a save the failure happened: the same code means different things at different steps. */
export type SaveStage = 'prepare' | 'temp' | 'backup' | 'rename' | 'sync' | 'verify';

/** The `code` of an error thrown by node:fs (ENOSPC …), or 'UNKNOWN'. */
export function systemCodeOf(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** What an operating-system error code means to the person saving. */
export function saveErrorCode(systemCode: string, stage: SaveStage): SaveErrorCode {
  switch (systemCode) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'ENOENT':
    case 'ENOTDIR':
      // Only when the temporary file cannot be created is it the folder that is gone.
      return stage === 'prepare' || stage === 'temp' ? 'folder-missing' : 'unknown';
    default:
      return stage === 'verify' ? 'verify-failed' : 'unknown';
  }
}

const STILL_OPEN = text('Den är fortfarande öppen och inget har gått förlorat.', 'It is still open and nothing is lost.');

function messageFor(code: SaveErrorCode, systemCode: string | undefined, backupPath: string | undefined): Text {
  switch (code) {
    case 'disk-full':
      return text(`Disken är full; kartan sparades inte. ${STILL_OPEN.sv}`, `The disk is full; the map was not saved. ${STILL_OPEN.en}`);
    case 'read-only':
      return text(
        `Filen eller mappen är skrivskyddad; kartan sparades inte. ${STILL_OPEN.sv} Spara den under ett annat namn eller på en annan plats.`,
        `The file or folder is read-only; the map was not saved. ${STILL_OPEN.en} Save it under another name or in another place.`,
      );
    case 'permission':
      return text(
        `Du har inte behörighet att spara här; kartan sparades inte. ${STILL_OPEN.sv} Spara den på en annan plats.`,
        `You do not have permission to save here; the map was not saved. ${STILL_OPEN.en} Save it in another place.`,
      );
    case 'folder-missing':
      return text(
        `Mappen finns inte (längre), kanske en bortkopplad nätverksenhet eller ett USB-minne; kartan sparades inte. ${STILL_OPEN.sv} Spara den på en annan plats.`,
        `The folder does not exist (any more), perhaps a disconnected network drive or USB stick; the map was not saved. ${STILL_OPEN.en} Save it in another place.`,
      );
    case 'busy':
      return text(
        `Filen används av ett annat program (till exempel Word, ett antivirusprogram eller Dropbox) och kunde inte ersättas. Kartan är fortfarande öppen; försök igen om en stund.`,
        `The file is in use by another program (for example Word, an antivirus program or Dropbox) and could not be replaced. The map is still open; try again in a moment.`,
      );
    case 'verify-failed':
      return text(
        `Den sparade filen stämde inte när den lästes tillbaka. Kartan är fortfarande öppen; spara igen eller på en annan plats.` +
          (backupPath ? ` Den förra versionen finns kvar i ${backupPath}.` : ''),
        `The saved file did not match when it was read back. The map is still open; save again or in another place.` +
          (backupPath ? ` The previous version is kept in ${backupPath}.` : ''),
      );
    case 'unknown':
      return text(
        `Kartan kunde inte sparas (${systemCode ?? 'okänt fel'}). ${STILL_OPEN.sv}`,
        `The map could not be saved (${systemCode ?? 'unknown error'}). ${STILL_OPEN.en}`,
      );
  }
}

/** Builds a SaveError with its message; a kept temporary file is named in the message too. */
export function saveError(
  code: SaveErrorCode,
  path: string,
  extra: { readonly tempPath?: string; readonly backupPath?: string; readonly systemCode?: string } = {},
): SaveError {
  const base = messageFor(code, extra.systemCode, extra.backupPath);
  const message = extra.tempPath
    ? text(`${base.sv} En fullständig kopia av kartan finns i ${extra.tempPath}.`, `${base.en} A complete copy of the map is in ${extra.tempPath}.`)
    : base;
  return {
    code,
    message,
    path,
    ...(extra.tempPath ? { tempPath: extra.tempPath } : {}),
    ...(extra.backupPath ? { backupPath: extra.backupPath } : {}),
    ...(extra.systemCode ? { systemCode: extra.systemCode } : {}),
  };
}
