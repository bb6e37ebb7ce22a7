import { CalendarDays } from 'lucide-react';
import { useRef } from 'react';
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
 */
/** `field` names the date field, for the button's tooltip; its accessible name is "Open the calendar", next to the field it serves. */
export function CalendarButton({ value, onPick, field }: { value: string; onPick: (date: string) => void; field: string }) {
  const { t } = useTranslation();
  const label = t('dates.calendar');
  const picker = useRef<HTMLInputElement>(null);
  const open = (): void => {
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
      <button type="button" className="calendar-button" aria-label={label} title={`${label}: ${field}`} onClick={open}>
        <CalendarDays size={16} aria-hidden="true" />
      </button>
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
    </span>
  );
}
