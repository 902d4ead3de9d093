import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { SessionContext } from '../app/session';
import { useTRPC } from '../lib/trpc';
import { currentLanguage, showLanguage } from '.';

/**
 * বাংলা | English. Signed in, the choice is saved with the account (every device follows);
 * signed out, it only changes this browser's sign-in and setup screens.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signedIn = useContext(SessionContext) !== null;
  const save = useMutation(
    trpc.auth.setLanguage.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() }),
    }),
  );
  const choose = (language: Language) => {
    // Saved once its catalog is in, so the session coming back in it never waits for the download.
    void showLanguage(language).then(() => {
      if (signedIn) save.mutate({ language });
    });
  };
  const current = currentLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('app.languageSwitch')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          data-testid={`language-${language}`}
          disabled={save.isPending}
          onClick={() => choose(language)}
        >
          {t(`app.languageNames.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
