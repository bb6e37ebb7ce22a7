import { Hocuspocus, type onLoadDocumentPayload } from '@hocuspocus/server';

/**
 * Hocuspocus, with one repair: when a map's load is refused, Hocuspocus forgets the document
 * without destroying it, and its presence (awareness) keeps a 30-second interval running
 * for ever: one timer per refused join, and a process that no longer exits on SIGTERM.
 * Destroying the document when `onLoadDocument` fails ends that interval.
 */
export class MandatHocuspocus extends Hocuspocus {
  override hooks(...args: Parameters<Hocuspocus['hooks']>): ReturnType<Hocuspocus['hooks']> {
    const [name, payload] = args;
    const chain = super.hooks(...args);
    if (name !== 'onLoadDocument') return chain;
    return chain.catch((e: unknown) => {
      (payload as onLoadDocumentPayload).document.destroy();
      throw e;
    });
  }
}
