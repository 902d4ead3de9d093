import {
  type ChecklistFacts,
  type ChecklistResult,
  checklistFailures,
  DEFAULT_CHECKLIST_CONFIG,
  evaluateChecklist,
} from '../../../shared/articles/checklist';
import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { type ArticleRow, loadArticle } from '../articles/load-article';
import { gatherChecklistFactsBatch } from './checklist-facts';

export interface ChecklistOptions {
  /** When the story is to go out; default: its scheduled time if scheduled, else now. */
  publishAt?: Date;
  /** An already loaded (and locked) row, to avoid reading it twice. */
  article?: ArticleRow;
}

/** Loads everything the publish checklist looks at, for one story. */
export async function gatherChecklistFacts(
  tx: DbOrTx,
  articleId: string,
  options: ChecklistOptions = {},
): Promise<ChecklistFacts> {
  const article = options.article ?? (await loadArticle(tx, articleId));
  const publishAt =
    options.publishAt ??
    (article.status === 'scheduled' && article.publishAt ? article.publishAt : new Date());
  const facts = await gatherChecklistFactsBatch(tx, [{ ...article, publishAt }]);
  return facts.get(article.id)!;
}

export async function runChecklist(
  tx: DbOrTx,
  articleId: string,
  options: ChecklistOptions = {},
): Promise<ChecklistResult> {
  return evaluateChecklist(await gatherChecklistFacts(tx, articleId, options), DEFAULT_CHECKLIST_CONFIG);
}

/** Refuses with PRECONDITION_FAILED listing every failed item; returns the passing result. */
export async function assertChecklist(
  tx: DbOrTx,
  articleId: string,
  options: ChecklistOptions = {},
): Promise<ChecklistResult> {
  const result = await runChecklist(tx, articleId, options);
  if (!result.ok) throw checklistError(result);
  return result;
}

/** The refusal of a publication whose checklist failed, naming every item to fix. */
export function checklistError(result: ChecklistResult, what = 'publish'): AppError {
  const failures = checklistFailures(result);
  return new AppError('PRECONDITION_FAILED', {
    userMessage: `The story is not ready to ${what}. Fix ${failures.length === 1 ? 'this' : `these ${failures.length} things`} first: ${failures.join(' ')}`,
    details: { kind: 'checklist', items: result.items },
  });
}
