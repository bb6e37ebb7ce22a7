import { PresentationMode } from './PresentationMode';
import { SavedViewsDialog } from './SavedViewsDialog';

/** Saved views and the presentation; inside the canvas's ReactFlowProvider, as both read and set its viewport. */
export function Presentation() {
  return (
    <>
      <SavedViewsDialog />
      <PresentationMode />
    </>
  );
}
