/**
 * react-dom's client, imported through this module so that the web build evaluates it from
 * the top-level code of the small "react" start chunk (scripts/build/startChunk.ts puts this
 * module there). react-dom creates five Error objects while its module is evaluated; where an
 * inspector is attached, V8 numbers the frames of each one's stack, which meant parsing the
 * whole 0.8 MB start chunk again when main.tsx's top-level code did the importing.
 */
export { createRoot } from 'react-dom/client';
