import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';

/** Creates an empty draft and opens it in the editor (replacing this address in history). */
export function NewStoryScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const create = useMutation(trpc.articles.create.mutationOptions());
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    create.mutate({}, { onSuccess: ({ id }) => navigate(`/stories/${id}`, { replace: true }) });
  }, [create, navigate]);
  return (
    <section>
      <h1>{t('articles.newStory')}</h1>
      {create.error ? (
        <>
          <ErrorBanner error={create.error} />
          <button
            type="button"
            onClick={() =>
              create.mutate({}, { onSuccess: ({ id }) => navigate(`/stories/${id}`, { replace: true }) })
            }
          >
            {t('common.tryAgain')}
          </button>
        </>
      ) : (
        <p className="page-loading">{t('articles.creating')}</p>
      )}
    </section>
  );
}
