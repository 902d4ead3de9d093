import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SideTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/**
 * Tabs beside the editor. Other features plug in here with a tab each
 * (workflow actions, checklist, comments, history; see EditorScreen's sideTabs).
 */
export function SidePanel({ tabs }: { tabs: SideTab[] }) {
  const { t } = useTranslation();
  const [active, setActive] = useState(tabs[0]?.id);
  const base = useId();
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <aside className="side-panel" aria-label={t('editor.tabs.label')}>
      <div role="tablist" aria-label={t('editor.tabs.label')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${base}-${tab.id}`}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${base}-${current.id}`} aria-labelledby={`${base}-${current.id}-tab`}>
          {current.render()}
        </div>
      )}
    </aside>
  );
}
