import type { afterStoreDocumentPayload, Extension, onChangePayload, onDestroyPayload } from '@hocuspocus/server';

/**
 * Makes "stored no later than `maxMs` after an edit" hold exactly. Hocuspocus checks its
 * maxDebounce only when the next edit arrives, so a store could come up to one debounce
 * later; this timer, started by the first edit after a store, runs the pending store on
 * time.
 */
export function storeDeadline(maxMs: number): Extension {
  const timers = new Map<string, NodeJS.Timeout>();
  const clear = (documentName: string) => {
    clearTimeout(timers.get(documentName));
    timers.delete(documentName);
  };
  return {
    extensionName: 'MandatStoreDeadline',
    async onChange({ documentName, instance }: onChangePayload) {
      if (timers.has(documentName)) return;
      const timer = setTimeout(() => {
        timers.delete(documentName);
        const id = `onStoreDocument-${documentName}`;
        if (instance.debouncer.isDebounced(id)) void instance.debouncer.executeNow(id);
      }, maxMs);
      timer.unref();
      timers.set(documentName, timer);
    },
    async afterStoreDocument({ documentName }: afterStoreDocumentPayload) {
      clear(documentName);
    },
    async onDestroy(_data: onDestroyPayload) {
      for (const name of [...timers.keys()]) clear(name);
    },
  };
}
