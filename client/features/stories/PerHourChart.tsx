import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';

const HOUR = 3600_000;

/** Stories published per hour over the last 7 days: one bar an hour, a label a day. Hand-made SVG. */
export function PerHourChart({
  perHour,
  now,
  timeZone,
}: {
  perHour: { hour: string; count: number }[];
  now: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  const end = Math.floor(new Date(now).getTime() / HOUR) * HOUR;
  const hours = Array.from({ length: 7 * 24 }, (_, i) => end - (7 * 24 - 1 - i) * HOUR);
  const counts = new Map(perHour.map((h) => [Math.floor(new Date(h.hour).getTime() / HOUR) * HOUR, h.count]));
  const max = Math.max(1, ...perHour.map((h) => h.count));
  const width = 840;
  const height = 160;
  const barWidth = width / hours.length;
  const total = perHour.reduce((sum, h) => sum + h.count, 0);
  return (
    <figure>
      <svg
        className="per-hour-chart"
        viewBox={`0 0 ${width} ${height + 20}`}
        role="img"
        aria-label={t('home.chartLabel', { total, max })}
      >
        <line x1={0} x2={width} y1={height} y2={height} stroke="#999" />
        {hours.map((hour, i) => {
          const count = counts.get(hour) ?? 0;
          const h = (count / max) * (height - 10);
          return (
            <rect
              key={hour}
              className="bar"
              x={i * barWidth + 0.5}
              y={height - h}
              width={Math.max(1, barWidth - 1)}
              height={h}
            >
              <title>{`${format.dateTime(hour)}: ${format.count(count)}`}</title>
            </rect>
          );
        })}
        {hours.map((hour, i) =>
          i % 24 === 0 ? (
            <text key={`l${hour}`} x={i * barWidth} y={height + 14}>
              {format.dayMonth(hour)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="muted">{t('home.chartCaption', { zone: timeZone, max })}</figcaption>
    </figure>
  );
}
