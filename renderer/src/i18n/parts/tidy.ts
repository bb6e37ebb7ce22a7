import { definePart } from '../part';

/** Strings of the date fields (ISO dates in both languages), in Swedish and English. */
export const tidy = definePart(
  {
    dates: {
      placeholder: 'ÅÅÅÅ-MM-DD',
      calendar: 'Öppna kalendern',
      invalid: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-01.',
    },
  },
  {
    dates: {
      placeholder: 'YYYY-MM-DD',
      calendar: 'Open the calendar',
      invalid: 'Write the date as YYYY-MM-DD, for example 2024-03-01.',
    },
  },
);
