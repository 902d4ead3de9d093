/** Every state a story can be in. The transitions between them live in transitions.ts. */
export const ARTICLE_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'schedule_failed',
  'published',
  'unpublished',
  'archived',
] as const;

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  schedule_failed: 'Schedule failed',
  published: 'Published',
  unpublished: 'Unpublished',
  archived: 'Archived',
};
