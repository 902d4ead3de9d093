import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import type { SiteSettingsInput } from '../../../shared/site/schemas';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

const EMPTY: SiteSettingsInput = {
  siteName: '',
  masthead: '',
  editorName: '',
  publisherName: '',
  defaultByline: '',
};

const LABELS: Record<keyof SiteSettingsInput, { label: string; hint?: string }> = {
  siteName: { label: 'Site name', hint: 'The masthead and page titles, e.g. দৈনিক বার্তা.' },
  masthead: { label: 'Masthead line', hint: 'Optional: a line under the name.' },
  editorName: { label: 'Editor (imprint)', hint: 'Shown in the footer as সম্পাদক. Empty: no line.' },
  publisherName: { label: 'Publisher (imprint)', hint: 'Shown in the footer as প্রকাশক. Empty: no line.' },
  defaultByline: {
    label: 'Default byline',
    hint: 'What a new story’s byline starts with, e.g. নিজস্ব প্রতিবেদক.',
  },
};

/** Admin: the paper's name and imprint as readers see them. Environment variables, when set, win. */
export function SiteSettingsScreen() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.site.settings.queryOptions());
  const [form, setForm] = useState<SiteSettingsInput>(EMPTY);
  useEffect(() => {
    if (settings.data) setForm(settings.data.stored);
  }, [settings.data]);
  const save = useMutation(
    trpc.site.updateSettings.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.site.settings.queryKey(), data),
    }),
  );
  const fields = fieldErrorsOf(save.error);
  const locked = settings.data?.lockedByEnvironment ?? {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };
  return (
    <section>
      <h1>Site settings</h1>
      <ErrorBanner error={settings.error ?? save.error} />
      {settings.data && (
        <form className="panel narrow" onSubmit={submit} noValidate>
          {save.isSuccess && (
            <p className="success" role="status">
              Saved. The public site shows the new settings now.
            </p>
          )}
          {(Object.keys(LABELS) as (keyof SiteSettingsInput)[]).map((key) => {
            const variable = (locked as Record<string, string | undefined>)[key];
            const effective = settings.data.effective[key];
            return (
              <Field
                key={key}
                label={LABELS[key].label}
                lang="bn"
                value={form[key]}
                onChange={(e) => setForm({ ...form, [key]: e.target.value })}
                error={fields[key]}
                hint={
                  variable
                    ? `Set by the environment (${variable}): readers see “${effective}”. Remove the variable to use this field.`
                    : LABELS[key].hint
                }
              />
            );
          })}
          <p>
            Time zone: <strong>{settings.data.timeZone}</strong>{' '}
            <span className="muted">
              (set by NEWSROOM_TIME_ZONE; every time in the dashboard is shown in it)
            </span>
          </p>
          <button type="submit" className="primary" disabled={save.isPending}>
            Save settings
          </button>
        </form>
      )}
    </section>
  );
}
