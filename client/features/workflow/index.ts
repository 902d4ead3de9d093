/** The review workflow's pieces for other screens (the editor's side panel mounts these). */
export { ChecklistPanel } from './ChecklistPanel';
export { type CommentAnchor, CommentsPanel, useArticleComments } from './CommentsPanel';
export {
  commentHighlights,
  commentHighlightsKey,
  type HighlightComment,
  locateAnchor,
  setCommentHighlights,
} from './comment-highlights';
export { HistoryPanel } from './HistoryPanel';
export { NotificationBell } from './NotificationBell';
export { ReviewQueueScreen } from './ReviewQueueScreen';
export {
  PANEL_ACTIONS,
  WorkflowActions,
  type WorkflowChange,
  type WorkflowPanelProps,
} from './WorkflowActions';
