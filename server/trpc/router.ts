import { articlesRouter } from '../features/articles/articles.router';
import { auditRouter } from '../features/audit/audit.router';
import { authRouter } from '../features/auth/auth.router';
import { liveRouter } from '../features/live/live.router';
import { mediaRouter } from '../features/media/media.router';
import { relatedRouter } from '../features/related/related.router';
import { scheduleRouter } from '../features/schedule/schedule.router';
import { sectionsRouter } from '../features/sections/sections.router';
import { siteRouter } from '../features/site/site.router';
import { storiesRouter } from '../features/stories/stories.router';
import { usersRouter } from '../features/users/users.router';
import { workflowRouter } from '../features/workflow/workflow.router';
import { demoRouter } from '../site/demo/demo.router';
import { router } from './init';

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  audit: auditRouter,
  articles: articlesRouter,
  sections: sectionsRouter,
  site: siteRouter,
  stories: storiesRouter,
  live: liveRouter,
  media: mediaRouter,
  related: relatedRouter,
  workflow: workflowRouter,
  schedule: scheduleRouter,
  demo: demoRouter,
});

export type AppRouter = typeof appRouter;
