import { CalendarDays } from 'lucide-react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/time/isoDate';
import './dates.css';

/**
 * A button that opens the browser's calendar for a date field written as text. The date
 * fields are text (yyyy-mm-dd in both languages): Chromium shows `<input type="date">` in
 * the interface's locale, mm/dd/yyyy in English, which a European auditor misreads and
 * which is unlike every other date the app writes. The calendar is still worth having, so
 * a native date input is kept out of sight and its picker opened from here; its value is
 * ISO whatever the locale, and a picked date goes to `onPick` as yyyy-mm-dd.
 *
 * The native input is made when a pointer or the focus comes to the button (or at the click):
 * Chromium sets up the locale's date formats for the first date input of a page, 20–35 ms,
 * which the time control's calendar cost every start.
 */
/** `field` names the date field, for the button's tooltip; its accessible name is "Open the calendar", next to the field it serves. */
export function CalendarButton({ value, onPick, field }: { value: string; onPick: (date: string) => void; field: string }) {
  const { t } = useTranslation();
  const label = t('dates.calendar');
  const picker = useRef<HTMLInputElement>(null);
  const [armed, setArmed] = useState(false);
  const arm = (): void => setArmed(true);
  const open = (): void => {
    // Still in the click's user activation, which showPicker needs.
    if (!picker.current) flushSync(arm);
    const input = picker.current;
    if (!input) return;
    input.value = isIsoDate(value) ? value : '';
    try {
      input.showPicker();
    } catch {
      // A browser without showPicker (or refusing it): the text field still takes the date.
    }
  };
  return (
    <span className="calendar-pick">
      <button type="button" className="calendar-button" aria-label={label} title={`${label}: ${field}`} onClick={open} onPointerEnter={arm} onFocus={arm}>
        <CalendarDays size={16} aria-hidden="true" />
      </button>
      {armed ? (
        <input
          ref={picker}
          type="date"
          className="calendar-native"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            if (isIsoDate(e.target.value)) onPick(e.target.value);
          }}
        />
      ) : null}
    </span>
  );
}
