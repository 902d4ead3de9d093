import { app, home } from './en/app';
import { articles } from './en/articles';
import { audit } from './en/audit';
import { auth } from './en/auth';
import { collab } from './en/collab';
import { common, dates, errors, roles, statuses } from './en/common';
import { editor } from './en/editor';
import { images } from './en/images';
import { media } from './en/media';
import { notifications } from './en/notifications';
import { publication } from './en/publication';
import { related } from './en/related';
import { schedule } from './en/schedule';
import { sections, site } from './en/sections';
import { server } from './en/server';
import { stories } from './en/stories';
import { users } from './en/users';
import { workflow } from './en/workflow';

/** The English catalog: its shape is the key set every language must have (see catalog.ts). */
export const en = {
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
