import { app, home } from './bn/app';
import { articles } from './bn/articles';
import { audit } from './bn/audit';
import { auth } from './bn/auth';
import { collab } from './bn/collab';
import { common, dates, errors, roles, statuses } from './bn/common';
import { editor } from './bn/editor';
import { images } from './bn/images';
import { media } from './bn/media';
import { notifications } from './bn/notifications';
import { publication } from './bn/publication';
import { related } from './bn/related';
import { schedule } from './bn/schedule';
import { sections, site } from './bn/sections';
import { server } from './bn/server';
import { stories } from './bn/stories';
import { users } from './bn/users';
import { workflow } from './bn/workflow';
import type { CatalogOf } from './catalog';
import type { en } from './en';

/** The Bengali catalog, the dashboard's default: typed by the English one, so no key can be missing. */
export const bn: CatalogOf<typeof en> = {
  common,
  roles,
  statuses,
  dates,
  errors,
  app,
  home,
  auth,
  server,
  stories,
  editor,
  workflow,
  schedule,
  articles,
  sections,
  site,
  images,
  related,
  publication,
  media,
  users,
  audit,
  notifications,
  collab,
};
