import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface StaffMember {
  id: string;
  name: string;
  active: boolean;
}

/** The `@word` being typed just before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]{0,30})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/**
 * A comment box with @mention autocomplete from the staff directory. Picking a
 * name writes `@Name` into the text and reports the person's id; the server
 * notifies those still named in the text when the comment is posted.
 */
export function MentionTextarea({
  value,
  onChange,
  staff,
  onMention,
  label,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  staff: readonly StaffMember[];
  onMention: (member: StaffMember) => void;
  label: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    if (!query) return [];
    const q = query.query.toLocaleLowerCase();
    return staff.filter((m) => m.active && m.name.toLocaleLowerCase().includes(q)).slice(0, 8);
  }, [query, staff]);

  const pick = (member: StaffMember) => {
    if (!query) return;
    const caret = query.start + 1 + query.query.length;
    const next = `${value.slice(0, query.start)}@${member.name} ${value.slice(caret)}`;
    onChange(next);
    onMention(member);
    setQuery(null);
    const at = query.start + member.name.length + 2;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  };

  const open = matches.length > 0;
  return (
    <div className="mention-box">
      <label className="field">
        <span>{label}</span>
        <textarea
          ref={ref}
          value={value}
          rows={3}
          placeholder={placeholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            setQuery(mentionQueryAt(event.target.value, event.target.selectionStart));
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (!open) return;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((i) => (i + step + matches.length) % matches.length);
            } else if (event.key === 'Enter' || event.key === 'Tab') {
              event.preventDefault();
              pick(matches[active]);
            } else if (event.key === 'Escape') {
              setQuery(null);
            }
          }}
        />
      </label>
      {open && (
        <div
          className="mention-list"
          id={listId}
          role="listbox"
          aria-label={t('workflow.comments.mentionList')}
        >
          {matches.map((member, i) => (
            <div
              key={member.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              {member.name}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
