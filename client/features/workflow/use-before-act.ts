import { useState } from 'react';

/**
 * What runs before a story action (see WorkflowActions' `beforeAct`): while co-editing,
 * it waits until the story holds the text on screen and gives that version. `prepare`
 * resolves to the version to act on, or null when the action must not go ahead (the
 * reason is in `error`).
 */
export function useBeforeAct(beforeAct: (() => Promise<number | undefined>) | undefined, version: number) {
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const prepare = async (): Promise<number | null> => {
    setError(null);
    if (!beforeAct) return version;
    setPreparing(true);
    try {
      return (await beforeAct()) ?? version;
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setPreparing(false);
    }
  };
  return { preparing, error, prepare };
}
