import { TZDate } from '@date-fns/tz';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local value with seconds, in the newsroom zone. */
export function toZonedInput(date: Date | string | number, timeZone: string): string {
  const z = new TZDate(new Date(date).getTime(), timeZone);
  return `${z.getFullYear()}-${pad2(z.getMonth() + 1)}-${pad2(z.getDate())}T${pad2(z.getHours())}:${pad2(z.getMinutes())}:${pad2(z.getSeconds())}`;
}

/** `14:05` in the newsroom zone. */
export function zonedTime(date: Date | string, timeZone: string, seconds = false): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hour12: false,
  }).format(new Date(date));
}
