// The map's files, by job: reading what was opened (mapFiles/readOpened.ts), opening it
// (openFiles.ts), saving (saveMap.ts) and what a window starts with (startUp.ts). This
// module only names them for the places that import './files'.
export { readOpened, type Loaded } from './mapFiles/readOpened';
export { openDrop, openFiles, openFromHost, openSample, openSampleAsked } from './mapFiles/openFiles';
export { exportWorkbook, save } from './mapFiles/saveMap';
export { startWithLastMap } from './mapFiles/startUp';
