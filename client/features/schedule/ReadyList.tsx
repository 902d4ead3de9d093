import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc';
import { ScheduleControls } from './ScheduleControls';

/** Approved stories not yet scheduled, each with its own schedule form. */
export function ReadyList({ onScheduled }: { onScheduled: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const ready = useQuery(trpc.schedule.readyToSchedule.queryOptions());
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="ready-list" aria-labelledby="ready-heading">
      <h2 id="ready-heading">{t('schedule.ready.title')}</h2>
      {ready.data?.length === 0 && <p className="muted">{t('schedule.ready.none')}</p>}
      <ul>
        {ready.data?.map((item) => (
          <li key={item.id} data-testid="ready-item">
            <span>{item.headline || t('schedule.calendar.untitled')}</span>{' '}
            <button
              type="button"
              aria-expanded={open === item.id}
              onClick={() => setOpen(open === item.id ? null : item.id)}
            >
              {t('schedule.ready.open')}
            </button>
            {open === item.id && (
              <ScheduleControls
                articleId={item.id}
                version={item.version}
                status={item.status}
                publishAt={null}
                unpublishAt={item.unpublishAt}
                embargoUntil={item.embargoUntil}
                onChanged={() => {
                  setOpen(null);
                  onScheduled();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
