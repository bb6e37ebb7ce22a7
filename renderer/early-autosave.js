/*
 * Opens the web version's autosave database while the page's modules are still loading.
 *
 * A classic script in the page's head runs as the HTML is parsed; the editor's modules run
 * only once all of them are parsed, a few hundred milliseconds later on a laptop. Opening
 * IndexedDB takes about 100 ms on a first start (the database is made then), and start-up
 * waits for the autosaved copy before it opens the sample, so that wait is spent here, while
 * the modules load. The editor takes this opening once (renderer/src/platform/autosave.ts)
 * and opens the database itself if it is absent, failed or was closed meanwhile. The name, version and store are
 * autosave.ts's (test/renderer/earlyAutosave.test.ts checks). The desktop app keeps its
 * copy elsewhere (its preload has put `window.mandat` there before this runs).
 */
(function () {
  'use strict';
  try {
    // Reading window.indexedDB itself throws in a sandboxed frame.
    if (window.mandat || !window.indexedDB) return;
    var request = window.indexedDB.open('mandat', 1);
    var opening = new Promise(function (resolve, reject) {
      request.onupgradeneeded = function () {
        if (!request.result.objectStoreNames.contains('autosave')) request.result.createObjectStore('autosave');
      };
      request.onblocked = function () {
        reject(new Error('the database is held open by another tab with an older version'));
      };
      request.onerror = function () {
        reject(request.error || new Error('IndexedDB could not be opened'));
      };
      request.onsuccess = function () {
        var db = request.result;
        // Until the editor takes it over: another tab upgrading the database is let through.
        db.onversionchange = function () {
          db.close();
        };
        resolve(db);
      };
    });
    // The editor reports a failure when it opens the database itself.
    opening.catch(function () {});
    window.mandatEarlyAutosave = opening;
  } catch {
    // A page where IndexedDB throws: the editor finds out itself, and says so.
  }
})();
