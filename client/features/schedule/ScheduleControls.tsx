import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/articles/status';
import { utcToZonedLocalInput } from '../../../shared/bn/dates';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { WhenField } from './WhenField';
import './schedule.css';

export interface ScheduleControlsProps {
  articleId: string;
  version: number;
  status: ArticleStatus;
  publishAt: Date | string | null;
  unpublishAt: Date | string | null;
  embargoUntil: Date | string | null;
  /** Called with the story's new version after any change. */
  onChanged?: (result: { version: number; status: ArticleStatus }) => void;
}

const inOneHour = (tz: string) => utcToZonedLocalInput(Date.now() + 3_600_000, tz);

/** Schedule, reschedule, unschedule, expiry and embargo for one story: mountable in the editor. */
export function ScheduleControls(props: ScheduleControlsProps) {
  const { can, timeZone } = useSession();
  const { t } = useTranslation();
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [publishAt, setPublishAt] = useState(
    props.publishAt ? utcToZonedLocalInput(props.publishAt, timeZone) : inOneHour(timeZone),
  );
  const [unpublishAt, setUnpublishAt] = useState(
    props.unpublishAt ? utcToZonedLocalInput(props.unpublishAt, timeZone) : '',
  );
  const [embargo, setEmbargo] = useState(
    props.embargoUntil ? utcToZonedLocalInput(props.embargoUntil, timeZone) : '',
  );
  const done = {
    onSuccess: (r: { version: number; status: ArticleStatus }) => {
      void queryClient.invalidateQueries({ queryKey: trpc.schedule.pathKey() });
      props.onChanged?.(r);
    },
  };
  const schedule = useMutation(trpc.schedule.schedule.mutationOptions(done));
  const reschedule = useMutation(trpc.schedule.reschedule.mutationOptions(done));
  const unschedule = useMutation(trpc.schedule.unschedule.mutationOptions(done));
  const expiry = useMutation(trpc.schedule.setExpiry.mutationOptions(done));
  const embargoM = useMutation(trpc.schedule.setEmbargo.mutationOptions(done));
  const all = [schedule, reschedule, unschedule, expiry, embargoM];
  const error = all.find((m) => m.error)?.error;
  const fields = fieldErrorsOf(error);
  const busy = all.some((m) => m.isPending);
  if (!can('articles.schedule')) return null;

  const { status, articleId: id, version } = props;
  const scheduled = status === 'scheduled';
  const canSchedule = scheduled || status === 'approved' || status === 'schedule_failed';
  const reset = () => {
    for (const m of all) m.reset();
  };
  const submitSchedule = (e: FormEvent) => {
    e.preventDefault();
    reset();
    (scheduled ? reschedule : schedule).mutate({ id, version, publishAt });
  };

  return (
    <section className="schedule-controls" aria-label={t('schedule.controls')}>
      <ErrorBanner error={error} />
      {scheduled && props.publishAt && (
        <p className="schedule-state">
          {t('schedule.scheduledFor')} <strong>{format.dateTime(props.publishAt)}</strong> ({format.zone()})
        </p>
      )}
      {canSchedule && (
        <form onSubmit={submitSchedule} className="schedule-form">
          <WhenField
            label={scheduled ? t('schedule.moveTo') : t('schedule.publishAt')}
            name="publishAt"
            value={publishAt}
            onChange={setPublishAt}
            timeZone={timeZone}
            error={fields.publishAt}
          />
          <button type="submit" className="primary" disabled={busy || !publishAt}>
            {scheduled ? t('schedule.reschedule') : t('schedule.schedule')}
          </button>
          {(scheduled || status === 'schedule_failed') && (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                reset();
                unschedule.mutate({ id, version });
              }}
            >
              {t('schedule.unschedule')}
            </button>
          )}
        </form>
      )}
      {status !== 'unpublished' && status !== 'archived' && (
        <form
          className="schedule-form"
          onSubmit={(e) => {
            e.preventDefault();
            reset();
            expiry.mutate({ id, version, unpublishAt: unpublishAt || null });
          }}
        >
          <WhenField
            label={t('schedule.unpublishAt')}
            name="unpublishAt"
            value={unpublishAt}
            onChange={setUnpublishAt}
            timeZone={timeZone}
            error={fields.unpublishAt}
          />
          <button type="submit" disabled={busy}>
            {unpublishAt ? t('schedule.setExpiry') : t('schedule.clearExpiry')}
          </button>
        </form>
      )}
      {status !== 'published' && status !== 'unpublished' && status !== 'archived' && (
        <form
          className="schedule-form"
          onSubmit={(e) => {
            e.preventDefault();
            reset();
            embargoM.mutate({ id, version, embargoUntil: embargo || null });
          }}
        >
          <WhenField
            label={t('schedule.embargoUntil')}
            name="embargoUntil"
            value={embargo}
            onChange={setEmbargo}
            timeZone={timeZone}
            error={fields.embargoUntil}
          />
          <button type="submit" disabled={busy}>
            {embargo ? t('schedule.setEmbargo') : t('schedule.liftEmbargo')}
          </button>
        </form>
      )}
    </section>
  );
}
