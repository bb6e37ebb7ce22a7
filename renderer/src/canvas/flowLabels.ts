import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** React Flow's own words (its controls, minimap, handles and keyboard help) in the interface language. */
export function flowLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeHelpKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('flow.moved', { direction: t(`flow.directions.${direction}`, { defaultValue: direction }), x: Math.round(x), y: Math.round(y) }),
    'edge.a11yDescription.default': t('flow.edgeHelp'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}

/** flowLabels for the current language, the same object until the language changes (React Flow copies a changed prop into its store). */
export function useFlowLabels(): Partial<AriaLabelConfig> {
  const { t, i18n } = useTranslation();
  return useMemo(() => flowLabels(t), [t, i18n.language]);
}
