import type { Document, Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { integratedState, type IntegratedState } from '../shared/model/integratedState';
import { writeFileAtomic, writeFileAtomicSync } from './atomicFile';
import { mapLabel, Refusal, REASONS } from './refusals';

/** Document names that can be file names anywhere (session ids are 32 hex digits). */
const SAFE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export interface FilePersistence extends Extension {
  /** DATA/docs */
  readonly folder: string;
  /** The file of a document. */
  fileOf(documentName: string): string;
  /** Writes the first state of a new document (a map shared from a file); refuses to replace one. */
  seed(documentName: string, state: Uint8Array): void;
}

/** Whether `state` is a whole Yjs update: it applies without error and leaves nothing waiting for missing parts. */
export function readableState(state: Uint8Array): boolean {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return doc.store.pendingStructs === null && doc.store.pendingDs === null;
  } catch {
    return false;
  } finally {
    doc.destroy();
  }
}

/** Copies `file` beside itself as FILE.incomplete-<time>, never over another copy; returns the copy's path. */
function setAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (let n = 0; ; n++) {
    const copy = `${file}.incomplete-${stamp}${n ? `-${n}` : ''}`;
    try {
      copyFileSync(file, copy, constants.COPYFILE_EXCL);
      return copy;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * Keeps each document as DATA/docs/<document>.ystate (Y.encodeStateAsUpdate), written
 * atomically. Hocuspocus calls the store at most `debounce` after the last edit and
 * never later than `maxDebounce` after one (set in collabServer.ts).
 *
 * A stored file that cannot be read is never written over: the load is refused with
 * REASONS.unreadable (Hocuspocus then neither keeps nor stores the document), the file
 * stays as it is, and only a document whose own load succeeded is ever stored. A stored
 * state with changes whose earlier parts are missing opens with what integrates; the
 * file is first copied aside untouched (FILE.incomplete-<time>) and the host told in the log.
 */
export function filePersistence(dataDir: string, log: (line: string) => void): FilePersistence {
  const folder = join(dataDir, 'docs');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Temporary files left by a process that was killed while writing.
  for (const name of readdirSync(folder)) if (name.startsWith('.') && name.endsWith('.tmp')) rmSync(join(folder, name), { force: true });
  const loadedFromFile = new WeakSet<Document>();
  const fileOf = (documentName: string) => {
    if (!SAFE_NAME.test(documentName)) throw new Refusal(REASONS.forbidden);
    return join(folder, `${documentName}.ystate`);
  };
  return {
    extensionName: 'MandatFilePersistence',
    folder,
    fileOf,
    seed(documentName, state) {
      const file = fileOf(documentName);
      if (existsSync(file)) throw new Error(`${file} exists already`);
      writeFileAtomicSync(file, state);
    },
    async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const file = fileOf(documentName);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
          loadedFromFile.add(document);
          return undefined;
        }
        log(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}; connections to this map are refused`);
        throw new Refusal(REASONS.unreadable, 4503);
      }
      let integrated: IntegratedState;
      try {
        integrated = integratedState(bytes);
      } catch {
        log(`${file} is damaged (not a Yjs state); it is kept as it is and connections to this map are refused`);
        throw new Refusal(REASONS.unreadable, 4503);
      }
      if (!integrated.complete) {
        // The map opens with what can be read; the stored copy is kept, untouched, for the host.
        const aside = setAside(file);
        writeFileAtomicSync(file, integrated.state);
        log(
          `${mapLabel(documentName)}: its stored copy holds changes whose earlier parts are missing; the map opens without them. ` +
            `The stored copy was set aside untouched as ${aside}.`,
        );
      }
      loadedFromFile.add(document);
      return integrated.state;
    },
    async onStoreDocument({ documentName, document }: onStoreDocumentPayload) {
      if (!loadedFromFile.has(document)) {
        log(`did not store ${mapLabel(documentName)}: it was not loaded from its file`);
        return;
      }
      const file = fileOf(documentName);
      try {
        await writeFileAtomic(file, Y.encodeStateAsUpdate(document));
      } catch (e) {
        log(`could not store ${file}: ${e instanceof Error ? e.message : String(e)}; the map stays in memory and is stored with its next change`);
        throw e;
      }
    },
  };
}
