import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/trpc/router';

export type CalendarItem = inferRouterOutputs<AppRouter>['schedule']['calendar']['items'][number];

/** Where an item sits: its due time while waiting, its publication time once out. */
export function itemTime(item: CalendarItem): Date {
  return new Date((item.status === 'published' ? item.publishedAt : item.publishAt) ?? 0);
}
