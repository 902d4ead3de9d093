import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

const KEYS: (keyof SiteSettingsInput)[] = [
  'siteName',
  'masthead',
  'editorName',
  'publisherName',
  'defaultByline',
];

/** Admin: the paper's name and imprint as readers see them. Environment variables, when set, win. */
export function SiteSettingsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.site.settings.queryOptions());
  const [form, setForm] = useState<SiteSettingsInput>(EMPTY);
  useEffect(() => {
    // A fresh install stores no site name (readers get the product's): the field starts with
    // the name readers see, so saving the masthead or imprint does not first ask for one.
    if (settings.data)
      setForm({
        ...settings.data.stored,
        siteName: settings.data.stored.siteName || settings.data.effective.siteName,
      });
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
      <h1>{t('site.title')}</h1>
      <ErrorBanner error={settings.error ?? save.error} />
      {settings.data && (
        <form className="panel narrow" onSubmit={submit} noValidate>
          {save.isSuccess && (
            <p className="success" role="status">
              {t('site.saved')}
            </p>
          )}
          {KEYS.map((key) => {
            const variable = (locked as Record<string, string | undefined>)[key];
            const effective = settings.data.effective[key];
            return (
              <Field
                key={key}
                label={t(`site.fields.${key}`)}
                lang="bn"
                value={form[key]}
                onChange={(e) => setForm({ ...form, [key]: e.target.value })}
                error={fields[key]}
                hint={
                  variable
                    ? t('site.fromEnvironment', { variable, value: effective })
                    : t(`site.hints.${key}`)
                }
              />
            );
          })}
          <p>
            {t('site.timeZone')} <strong>{settings.data.timeZone}</strong>{' '}
            <span className="muted">{t('site.timeZoneNote')}</span>
          </p>
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('site.save')}
          </button>
        </form>
      )}
    </section>
  );
}
