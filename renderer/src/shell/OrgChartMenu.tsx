import { Menubar } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { ARRANGE_SCOPES } from '../../../shared/layout/orgChartArrange';
import { arrangeAsOrgChart } from '../layout/orgChartArrange';
import { useEditor } from '../store/editor';

/** Infoga › Ordna som organisationsschema ▸ Alla organ / Bara oplacerade (hand-placed bodies stay). */
export function OrgChartMenu({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const busy = useEditor((s) => s.layoutProgress !== null);
  return (
    <Menubar.Sub>
      <Menubar.SubTrigger className="menu-item" disabled={busy || disabled}>
        {t('orgChart.menu')}
        <span className="menu-shortcut" aria-hidden="true">
          ▸
        </span>
      </Menubar.SubTrigger>
      <Menubar.Portal>
        <Menubar.SubContent className="menu" sideOffset={2} loop>
          {ARRANGE_SCOPES.map((scope) => (
            <Menubar.Item key={scope} className="menu-item" onSelect={() => arrangeAsOrgChart(scope)}>
              <span>{t(`orgChart.${scope}`)}</span>
            </Menubar.Item>
          ))}
        </Menubar.SubContent>
      </Menubar.Portal>
    </Menubar.Sub>
  );
}
