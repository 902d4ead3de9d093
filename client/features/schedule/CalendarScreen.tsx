import {
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addDays,
  dayStart,
  moveIntoSlot,
  type Slot,
  weekStartKey,
  zonedDayKey,
} from '../../../shared/schedule/slots';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { CalendarGrid } from './CalendarGrid';
import type { CalendarItem } from './calendar-types';
import { ReadyList } from './ReadyList';
import { TodayList } from './TodayList';
import { useLiveSchedule, useServerClock } from './use-live-schedule';
import './schedule.css';

interface Moved {
  id: string;
  headline: string;
  from: string;
  to: string;
  version: number;
}

/** The desk calendar: day and week views in the newsroom zone, drag to reschedule, with undo. */
export function CalendarScreen() {
  const { timeZone, can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const format = useFormat();
  const [view, setView] = useState<'day' | 'week'>('day');
  const [dayKey, setDayKey] = useState(() => zonedDayKey(new Date(), timeZone));
  const [moved, setMoved] = useState<Moved | null>(null);
  const [moveError, setMoveError] = useState<unknown>(null);
  useLiveSchedule();

  const first = view === 'week' ? weekStartKey(dayKey) : dayKey;
  const days = Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => addDays(first, i));
  const range = {
    from: dayStart(days[0], timeZone).toISOString(),
    to: dayStart(addDays(days[days.length - 1], 1), timeZone).toISOString(),
  };
  const calendar = useQuery(trpc.schedule.calendar.queryOptions(range));
  const upcoming = useQuery(trpc.schedule.upcoming.queryOptions({ limit: 30 }));
  const now = useServerClock(calendar.data?.serverNow);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.schedule.pathKey() });
  const reschedule = useMutation(trpc.schedule.reschedule.mutationOptions({ onSettled: refresh }));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const onDragEnd = async (event: DragEndEvent) => {
    const item = event.active.data.current?.item as CalendarItem | undefined;
    const slot = event.over?.data.current?.slot as Slot | undefined;
    if (!item || !slot || !item.publishAt) return;
    const target = moveIntoSlot(new Date(item.publishAt), new Date(slot.start), timeZone);
    if (target.getTime() === new Date(item.publishAt).getTime()) return;
    setMoveError(null);
    try {
      const result = await reschedule.mutateAsync({
        id: item.id,
        version: item.version,
        publishAt: target.toISOString(),
      });
      setMoved({
        id: item.id,
        headline: item.headline,
        from: new Date(item.publishAt).toISOString(),
        to: target.toISOString(),
        version: result.version,
      });
    } catch (error) {
      setMoveError(error);
    }
  };

  const undo = async () => {
    if (!moved) return;
    setMoveError(null);
    try {
      await reschedule.mutateAsync({ id: moved.id, version: moved.version, publishAt: moved.from });
      setMoved(null);
    } catch (error) {
      setMoveError(error);
    }
  };

  return (
    <section className="calendar-screen">
      <header className="calendar-head">
        <h1>{t('schedule.calendar.title')}</h1>
        <p className="zone-note">{t('schedule.calendar.zone', { zone: format.zone() })}</p>
        <fieldset className="calendar-nav">
          <legend className="sr-only">{t('schedule.calendar.view')}</legend>
          <button type="button" aria-pressed={view === 'day'} onClick={() => setView('day')}>
            {t('schedule.calendar.day')}
          </button>
          <button type="button" aria-pressed={view === 'week'} onClick={() => setView('week')}>
            {t('schedule.calendar.week')}
          </button>
          <button type="button" onClick={() => setDayKey(addDays(dayKey, view === 'week' ? -7 : -1))}>
            {t('schedule.calendar.earlier')}
          </button>
          <button type="button" onClick={() => setDayKey(zonedDayKey(new Date(), timeZone))}>
            {t('schedule.calendar.today')}
          </button>
          <button type="button" onClick={() => setDayKey(addDays(dayKey, view === 'week' ? 7 : 1))}>
            {t('schedule.calendar.later')}
          </button>
        </fieldset>
      </header>
      <ErrorBanner error={moveError ?? calendar.error ?? upcoming.error} />
      {moved && (
        <div className="undo-bar" role="status">
          {t('schedule.calendar.moved', {
            headline: moved.headline || t('schedule.calendar.untitled'),
            time: format.dateTime(moved.to, { relative: true }),
          })}{' '}
          <button type="button" onClick={undo} disabled={reschedule.isPending}>
            {t('schedule.calendar.undo')}
          </button>
          <button type="button" className="link-button" onClick={() => setMoved(null)}>
            {t('schedule.calendar.dismiss')}
          </button>
        </div>
      )}
      <div className="calendar-layout">
        <aside>
          <TodayList
            failed={upcoming.data?.failed ?? []}
            scheduled={upcoming.data?.scheduled ?? []}
            serverNow={upcoming.data?.serverNow}
            timeZone={timeZone}
          />
          {can('articles.schedule') && <ReadyList onScheduled={refresh} />}
        </aside>
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          {calendar.isPending ? (
            <p className="muted">{t('schedule.calendar.loading')}</p>
          ) : (
            <CalendarGrid
              days={days}
              items={calendar.data?.items ?? []}
              timeZone={timeZone}
              canMove={can('articles.schedule')}
              now={now}
            />
          )}
        </DndContext>
      </div>
    </section>
  );
}
