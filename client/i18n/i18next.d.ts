import 'i18next';
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
    // Keys such as statuses.in_review hold underscores; no screen uses i18next contexts.
    contextSeparator: '~';
  }
}
