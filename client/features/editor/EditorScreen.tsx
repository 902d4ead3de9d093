import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Editor, JSONContent } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { bodyToText } from '../../../shared/editor';
import { can as roleCan } from '../../../shared/roles';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { i18n } from '../../i18n';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { ConflictScreen, isStaleSaveDetails } from '../articles/ConflictScreen';
import { RevisionsPanel } from '../articles/RevisionsPanel';
import { StoryActions } from '../articles/StoryActions';
import { useRefreshSession } from '../auth/follow-rights';
import { CollabRefusal, CollabSaveStatus } from '../collab/CollabStatus';
import { contentOfDoc } from '../collab/doc-fields';
import { editPathOf } from '../collab/edit-path';
import { PresenceList } from '../collab/PresenceList';
import { type CollabSession, useCollab } from '../collab/use-collab';
import { useCollabEditing } from '../collab/use-collab-editing';
import { LiveStoryBanner } from '../publication/LiveStoryBanner';
import { BacklinksPanel } from '../related/BacklinksPanel';
import { RelatedPanel } from '../related/RelatedPanel';
import {
  type CommentAnchor,
  CommentsPanel,
  HistoryPanel,
  setCommentHighlights,
  useArticleComments,
} from '../workflow';
import { BodyEditor } from './BodyEditor';
import { type DeviceCopy, useDeviceCopies } from './device-copies';
import { LeadImageField } from './LeadImageField';
import { LockBanner } from './LockBanner';
import { PreviewButton } from './PreviewButton';
import { RestoreOffer } from './RestoreOffer';
import { SaveStatus } from './SaveStatus';
import { SidePanel, type SideTab } from './SidePanel';
import { StoryFields } from './StoryFields';
import { type StoryFields as Fields, fieldsOf, type StoryContent, sameContent } from './story-content';
import { tabId } from './tab-id';
import { useEditLock } from './use-edit-lock';
import { useLeaveGuard } from './use-leave-guard';
import { useStorySaver } from './use-story-saver';
import { useStoryStateLive } from './use-story-state-live';
import { WordCounts } from './WordCounts';
import { type StoryStateChange, WorkflowTab } from './WorkflowTab';
import './editor.css';
import { SendBackNotice } from '../workflow/SendBackNotice';

const noop = () => {};

type Article = NonNullable<ReturnType<typeof useArticleQuery>['data']>;

function useArticleQuery(id: string) {
  const trpc = useTRPC();
  // The editor owns the text once open: no background refetch may replace it.
  return useQuery({
    ...trpc.articles.get.queryOptions({ id }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

function contentOf(article: Article): StoryContent {
  return { ...fieldsOf(article), body: article.body as JSONContent };
}

/** `/stories/:id`: loads the story and every copy left on this device, then opens the editor. */
export function EditorScreen({ id }: { id: string }) {
  const article = useArticleQuery(id);
  const saved = useMemo(() => (article.data ? contentOf(article.data) : undefined), [article.data]);
  const copies = useDeviceCopies(id, saved);
  // The choice belongs to one story: opening another asks again.
  const [chosen, setChoice] = useState<{ id: string; copy: DeviceCopy | null } | null>(null);
  const choice = chosen?.id === id ? chosen : null;
  const session = useCollab(id, !choice?.copy);
  const refreshSession = useRefreshSession();
  const path = editPathOf(session, Boolean(choice?.copy));
  // Co-editing stopped after it had begun: the single-editor path goes on from the shared text.
  const [handover, setHandover] = useState<{ id: string; content: StoryContent; mayEdit: boolean } | null>(
    null,
  );
  const wasCollab = useRef(false);
  useEffect(() => {
    if (path === 'collab') wasCollab.current = true;
    if (path !== 'single' || !wasCollab.current || !session || !saved) return;
    wasCollab.current = false;
    const content = contentOfDoc(session.doc, saved);
    // The rights first: a refusal may mean this person may no longer edit (nothing is then saved).
    void Promise.allSettled([article.refetch(), refreshSession()]).then(([, rights]) => {
      const mayEdit = rights.status === 'rejected' || roleCan(rights.value, 'articles.edit');
      setHandover({ id, content, mayEdit });
    });
  }, [path, session, saved, article.refetch, id, refreshSession]);

  if (article.error) return <ErrorBanner error={article.error} />;
  if (!article.data || !saved || !copies.loaded)
    return <p className="page-loading">{i18n.t('editor.loadingStory')}</p>;
  if (path === 'waiting' && (copies.differing.length === 0 || choice))
    return <p className="page-loading">{i18n.t('collab.connecting')}</p>;
  const data = article.data;
  if (copies.differing.length > 0 && !choice) {
    return (
      <RestoreOffer
        copies={copies.differing}
        serverVersion={data.version}
        onRestore={(copy) => void copies.setAsideOwn(copy).finally(() => setChoice({ id, copy }))}
        onDiscard={(copy) => void copies.discard(copy)}
        onServer={() => void copies.setAsideOwn(null).finally(() => setChoice({ id, copy: null }))}
      />
    );
  }
  const copy = choice?.copy ?? null;
  const handed = path === 'single' && handover?.id === id ? handover : null;
  // Only text the story lacks is saved, and only by someone who may still edit it.
  const handedChanges = handed ? handed.mayEdit && !sameContent(handed.content, saved) : false;
  return (
    <StoryEditor
      key={`${id}:${copy?.tabId ?? 'server'}:${path}:${handed ? 'handover' : ''}`}
      article={data}
      initial={copy ? copy.content : (handed?.content ?? saved)}
      baseVersion={copy ? copy.baseVersion : data.version}
      restored={copy !== null || handedChanges}
      adoptedTabIds={copy && copy.tabId !== tabId() ? [copy.tabId] : []}
      collab={path === 'collab' ? session : null}
      collabReason={session?.status === 'refused' ? session.reason : null}
    />
  );
}

function StoryEditor({
  article,
  initial,
  baseVersion,
  restored,
  adoptedTabIds,
  collab,
  collabReason,
}: {
  article: Article;
  initial: StoryContent;
  baseVersion: number;
  restored: boolean;
  adoptedTabIds: readonly string[];
  /** Co-editing through the shared document (see edit-path.ts); null: the single-editor path. */
  collab: CollabSession | null;
  /** Why co-editing stopped, when it did. */
  collabReason: string | null;
}) {
  const { can, timeZone, user } = useSession();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const initialFields = useMemo<Fields>(() => {
    const { body: _body, ...rest } = initial;
    return rest;
  }, [initial]);
  const [ownFields, setFields] = useState<Fields>(initialFields);
  // What the fields say now (the shared document's when co-editing): the saver reads it.
  const fieldsRef = useRef<Fields>(ownFields);
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [meta, setMeta] = useState({
    slug: article.slug,
    status: article.status,
    updatedAt: String(article.updatedAt),
  });
  const editable = can('articles.edit') && !article.deletedAt && article.status !== 'archived';
  // The soft lock belongs to the single-editor path only: co-editors share the story.
  const lock = useEditLock(article.id, editable && !collab);
  const saver = useStorySaver({
    articleId: article.id,
    baseVersion,
    fields: fieldsRef,
    editor: editorRef,
    adoptedTabIds,
    writtenBy: user.name,
  });
  const { queue } = saver;
  useLeaveGuard(queue, saver.keepLocally);
  const canType = collab
    ? editable && !collab.readOnly && collab.status !== 'refused'
    : editable && lock.state.phase === 'held' && saver.state.phase !== 'conflict';
  const [collabVersion, setCollabVersion] = useState(0);
  const shared = useCollabEditing({
    session: collab,
    articleId: article.id,
    fallback: initialFields,
    person: user,
    canType,
    version: Math.max(collabVersion, queue.version),
    onVersion: (version) => {
      setCollabVersion(version);
      // Nothing is queued on this path: this only keeps the version later actions build on.
      queue.resume(version);
    },
  });
  const fields = shared.fields ?? ownFields;
  fieldsRef.current = fields;

  const onReady = useCallback(
    (ed: Editor) => {
      editorRef.current = ed;
      setEditor(ed);
      // A restored local copy is a change the server does not have yet (nothing to send for
      // someone who may no longer edit: the text stays in the device copy it came from).
      if (restored && editable) saver.changed();
    },
    [restored, editable, saver.changed],
  );

  const updateShared = shared.update;
  const updateFields = useCallback(
    (patch: Partial<Fields>) => {
      if (collab) return updateShared(patch);
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      saver.changed();
    },
    [saver.changed, collab, updateShared],
  );

  /** Replaces the text with the server's latest (take theirs, after a restore, or for a read-only viewer). */
  const loadLatest = useCallback(async () => {
    const latest = await client.articles.get.query({ id: article.id });
    queryClient.setQueryData(trpc.articles.get.queryKey({ id: article.id }), latest);
    setMeta({ slug: latest.slug, status: latest.status, updatedAt: String(latest.updatedAt) });
    // Co-editing: the server brings a restored or discarded text into the shared document
    // itself; writing it here too would put it in twice.
    if (collab) return queue.resume(Math.max(latest.version, queue.version));
    fieldsRef.current = fieldsOf(latest);
    setFields(fieldsRef.current);
    // Not while composing: only ever called from a button or for a read-only editor.
    editorRef.current?.commands.setContent(latest.body as JSONContent, { emitUpdate: false });
    setMeta({ slug: latest.slug, status: latest.status, updatedAt: String(latest.updatedAt) });
    queue.resume(latest.version, { discardChanges: true });
  }, [client, article.id, queryClient, trpc, queue, collab]);

  // Saved: refresh the slug and status shown, and the revisions list.
  const savedAt = saver.state.phase === 'saved' ? saver.state.at : null;
  useEffect(() => {
    if (!savedAt) return;
    void queryClient.invalidateQueries({ queryKey: trpc.articles.revisions.queryKey({ id: article.id }) });
  }, [savedAt, queryClient, trpc, article.id]);

  // Lost the lock: stop sending, keep the text here and on the device.
  useEffect(() => {
    if (lock.state.phase === 'lost') {
      queue.pause();
      if (queue.hasUnsaved) void saver.keepLocally();
    }
  }, [lock.state.phase, queue, saver.keepLocally]);

  // The server refused a save because another tab holds the lock: check who, at once. A closed
  // or crashed tab of yours (say, closed while offline) gives it back, and the save goes on.
  useEffect(() => {
    if (saver.state.phase !== 'locked') return;
    void lock.heartbeat().then((held) => held && queue.resume(queue.version));
  }, [saver.state.phase, lock.heartbeat, queue]);

  // A read-only viewer follows the story as others save it (they have nothing of their own to lose).
  useEffect(() => {
    if (lock.state.phase !== 'readonly' || queue.hasUnsaved || lock.remoteChanged === 0) return;
    void loadLatest().catch(() => {});
  }, [lock.remoteChanged, lock.state.phase, queue, loadLatest]);

  const takeOver = useCallback(async () => {
    await lock.takeOver();
    queue.resume(queue.version);
  }, [lock.takeOver, queue]);

  useEffect(() => {
    const saved = saver.lastSaved;
    if (saved) setMeta({ slug: saved.slug, status: saved.status, updatedAt: String(saved.updatedAt) });
  }, [saver.lastSaved]);

  const waitForShared = shared.waitForSaved;
  /** Before Preview, Publish, a restore or leaving: the server holds this tab's text. */
  const saveFirst = useCallback(async (): Promise<void> => {
    await (collab ? waitForShared() : queue.flush());
  }, [collab, waitForShared, queue]);

  /**
   * Before Submit, Approve, Publish…: while co-editing, the story holds every change typed
   * so far, and the action names the version that holds them (a snapshot may have just
   * landed). On the single path the panel's version is already the one saved.
   */
  const beforeWorkflowAction = useCallback(async () => {
    if (!collab) return undefined;
    if (!(await waitForShared())) throw new Error(i18n.t('editor.notSavedYet'));
    return (await client.articles.get.query({ id: article.id })).version;
  }, [collab, waitForShared, client, article.id]);

  // Ctrl/Cmd+S: an explicit save, which makes a revision of its own.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        // Co-editing saves continuously: Save waits until the story holds every change.
        if (canType) void (collab ? saveFirst() : queue.flush('save'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canType, queue, collab, saveFirst]);

  const conflict =
    saver.state.phase === 'conflict' && isStaleSaveDetails(saver.state.details) ? saver.state.details : null;
  const restoreRevision = useCallback(
    async (revisionId: string) => {
      await saveFirst();
      if (queue.hasUnsaved || (collab && shared.dirty)) throw new Error(i18n.t('editor.notSavedYet'));
      await client.articles.restoreRevision.mutate({
        id: article.id,
        revisionId,
        baseVersion: queue.version,
        tabId: tabId(),
      });
      await loadLatest();
    },
    [queue, client, article.id, loadLatest, collab, shared.dirty, saveFirst],
  );

  // A workflow transition bumps the story's version: later saves build on it.
  const [transitionVersion, setTransitionVersion] = useState(0);
  const panelVersion = Math.max(saver.version, transitionVersion, collabVersion);
  const onStateChanged = useCallback(
    (change: StoryStateChange) => {
      setTransitionVersion(change.version);
      setMeta((m) => ({ ...m, status: change.status }));
      queue.resume(change.version);
    },
    [queue],
  );
  // Someone else approved, sent back or published: follow at once (a refused save keeps waiting for the user).
  useStoryStateLive(
    article.id,
    { version: Math.max(panelVersion, queue.version), status: meta.status },
    (change) => (queue.refused ? setMeta((m) => ({ ...m, status: change.status })) : onStateChanged(change)),
  );

  // Comments: anchored passages are highlighted in the text; a selection becomes the next comment's anchor.
  const comments = useArticleComments(article.id);
  const [anchor, setAnchor] = useState<CommentAnchor | null>(null);
  useEffect(() => {
    if (editor && comments.data) setCommentHighlights(editor, comments.data);
  }, [editor, comments.data]);
  const anchorSelection = () => {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    if (from < to) setAnchor({ from, to, quote: editor.state.doc.textBetween(from, to, ' ') });
  };

  const sideTabs: SideTab[] = [
    {
      id: 'revisions',
      label: t('editor.tabs.revisions'),
      render: () => (
        <RevisionsPanel articleId={article.id} canRestore={canType} onRestore={restoreRevision} />
      ),
    },
    {
      id: 'workflow',
      label: t('editor.tabs.workflow'),
      render: () => (
        <WorkflowTab
          articleId={article.id}
          version={panelVersion}
          status={meta.status}
          onChanged={onStateChanged}
          beforeAct={beforeWorkflowAction}
        />
      ),
    },
    {
      id: 'comments',
      label: t('editor.tabs.comments'),
      render: () => (
        <>
          <button type="button" onClick={anchorSelection} disabled={!editor}>
            {t('editor.commentOnSelection')}
          </button>
          <CommentsPanel
            articleId={article.id}
            version={panelVersion}
            status={meta.status}
            anchor={anchor}
            onAnchorUsed={() => setAnchor(null)}
          />
        </>
      ),
    },
    {
      id: 'history',
      label: t('editor.tabs.history'),
      render: () => <HistoryPanel articleId={article.id} version={panelVersion} status={meta.status} />,
    },
    { id: 'related', label: t('editor.tabs.related'), render: () => <RelatedPanel articleId={article.id} /> },
    {
      id: 'backlinks',
      label: t('editor.tabs.backlinks'),
      render: () => <BacklinksPanel articleId={article.id} />,
    },
  ];

  const errors = saver.state.phase === 'error' ? fieldErrorsOf(saver.state.error) : {};
  return (
    <div className="story-editor">
      <header className="editor-head">
        <div>
          <Link href="/stories">{t('editor.backToStories')}</Link>
          <span className="status-badge">{t(`statuses.${meta.status}`)}</span>
          {article.deletedAt && <span className="status-badge bad">{t('editor.inBin')}</span>}
        </div>
        {collab ? (
          <CollabSaveStatus
            session={collab}
            savedAt={shared.savedAt}
            dirty={shared.dirty}
            timeZone={timeZone}
          />
        ) : (
          <SaveStatus
            state={saver.state}
            online={saver.online}
            timeZone={timeZone}
            onRetry={() => queue.retryNow()}
          />
        )}
        <div className="actions">
          {canType && (
            <button
              type="button"
              className="primary"
              title={collab ? t('collab.saveTitle') : t('editor.saveTitle')}
              onClick={() => void (collab ? saveFirst() : queue.flush('save'))}
            >
              {t('editor.save')}
            </button>
          )}
          <PreviewButton articleId={article.id} saveFirst={saveFirst} />
          <StoryActions articleId={article.id} status={meta.status} beforeLeave={saveFirst} />
        </div>
      </header>
      {collab ? (
        <PresenceList provider={collab.provider} user={shared.user} />
      ) : (
        <LockBanner state={lock.state} onTakeOver={takeOver} onReadOnly={lock.openReadOnly} />
      )}
      <CollabRefusal reason={collabReason} />
      <SendBackNotice articleId={article.id} status={meta.status} />
      <LiveStoryBanner
        articleId={article.id}
        version={panelVersion}
        status={meta.status}
        onChanged={onStateChanged}
        onDiscarded={() => void loadLatest().catch(() => {})}
        beforeAct={beforeWorkflowAction}
      />
      {saver.state.phase === 'error' && <ErrorBanner error={saver.state.error} />}
      <div className="editor-columns">
        <div className="editor-main">
          <StoryFields
            fields={fields}
            currentSlug={meta.slug}
            readOnly={!canType}
            errors={errors}
            onChange={updateFields}
            leadImage={
              <LeadImageField
                leadMediaId={fields.leadMediaId}
                leadCaption={fields.leadCaption}
                readOnly={!canType}
                onChange={updateFields}
              />
            }
          />
          <BodyEditor
            initialContent={initial.body}
            collab={shared.body}
            editable={canType}
            onChange={collab ? noop : saver.changed}
            onReady={onReady}
          />
          {editor && <WordCounts editor={editor} />}
        </div>
        <SidePanel tabs={sideTabs} />
      </div>
      {conflict && editor && !collab && (
        <ConflictScreen
          details={conflict}
          timeZone={timeZone}
          mine={{
            headline: fields.headline,
            summary: fields.summary,
            bodyText: bodyToText(editor.getJSON()),
          }}
          onKeepMine={() => queue.resume(conflict.version)}
          onTakeTheirs={() => {
            // The user chose to drop this tab's text: its device copy goes too.
            saver.discardLocal();
            void loadLatest().catch(() => {});
          }}
        />
      )}
    </div>
  );
}
