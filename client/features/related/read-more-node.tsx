import { useQuery } from '@tanstack/react-query';
import type { Editor } from '@tiptap/core';
import { NodeViewWrapper, type ReactNodeViewProps, ReactNodeViewRenderer } from '@tiptap/react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useRoute } from 'wouter';
import { READ_MORE_LABEL, ReadMore } from '../../../shared/editor';
import { useTRPC } from '../../lib/trpc';
import './related.css';
import { isReadable, StatusBadge } from './StatusBadge';
import { StoryPickerDialog } from './StoryPickerDialog';

/**
 * The read-more block as the editor shows it. Only the id is stored in the body;
 * the headline and status are fetched by id (and refreshed when that story
 * changes), so a renamed story shows its new headline here and on the page.
 */
export function ReadMoreView({ node, editor, selected, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const articleId = String(node.attrs.articleId);
  const editingId = useStoryBeingEdited();
  const story = useQuery(trpc.related.story.queryOptions({ id: articleId }));
  const [changing, setChanging] = useState(false);
  const editable = editor.isEditable;
  const target = story.data;
  return (
    <NodeViewWrapper
      className={selected ? 'read-more-block selected' : 'read-more-block'}
      data-drag-handle=""
      data-testid="read-more-block"
      data-article-id={articleId}
    >
      <span className="label" lang="bn">
        {READ_MORE_LABEL} :
      </span>
      <span className="target" lang="bn">
        {story.isPending
          ? '…'
          : target
            ? target.headline || t('related.untitled')
            : t('related.readMore.gone')}
      </span>
      {target && <StatusBadge status={target.status} deleted={target.deleted} />}
      {editable && (
        <>
          <button type="button" onClick={() => setChanging(true)}>
            {t('related.readMore.change')}
          </button>
          <button type="button" onClick={() => deleteNode()} aria-label={t('related.readMore.removeBlock')}>
            {t('related.readMore.remove')}
          </button>
        </>
      )}
      {(story.isSuccess && !target) || (target && !isReadable(target)) ? (
        <span className="warning" role="note">
          {t('related.readMore.hidden')}
        </span>
      ) : null}
      {changing &&
        createPortal(
          <StoryPickerDialog
            articleId={editingId}
            title={t('related.readMore.changeTitle')}
            pickLabel={t('related.readMore.choose')}
            onPick={(picked) => updateAttributes({ articleId: picked.id })}
            onClose={() => setChanging(false)}
          />,
          document.body,
        )}
    </NodeViewWrapper>
  );
}

/** The read-more node with its React view: pass as `buildBodyExtensions({ readMore: ReadMoreWithView })`. */
export const ReadMoreWithView = ReadMore.extend({
  addNodeView: () => ReactNodeViewRenderer(ReadMoreView),
});

/** Inserts a read-more block pointing at `articleId` where the cursor is (a toolbar button or slash command calls this). */
export function insertReadMore(editor: Editor, articleId: string): boolean {
  return editor.chain().focus().insertContent({ type: 'readMore', attrs: { articleId } }).run();
}

/** A toolbar button: opens the story search and inserts the chosen story as a read-more block. */
export function InsertReadMoreButton({ editor, articleId }: { editor: Editor; articleId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const storyId = useStoryBeingEdited(articleId);
  return (
    <>
      <button
        type="button"
        title={t('related.readMore.insertTitle')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(true)}
      >
        {t('related.readMore.button')}
      </button>
      {open &&
        createPortal(
          <StoryPickerDialog
            articleId={storyId}
            onPick={(story) => insertReadMore(editor, story.id)}
            onClose={() => setOpen(false)}
          />,
          document.body,
        )}
    </>
  );
}

/** The story open in the editor (its address is /stories/:id), so a picker never offers the story itself. */
function useStoryBeingEdited(given?: string): string | undefined {
  const [, params] = useRoute('/stories/:id');
  return given ?? params?.id;
}
