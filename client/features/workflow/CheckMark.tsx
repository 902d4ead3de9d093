/**
 * The checklist's done / to-do mark as SVG: ✓ and ✗ are font glyphs that some phones
 * draw as boxes (the house icons in components/icons.tsx follow the same rule).
 */
export function CheckMark({ ok }: { ok: boolean }) {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable={false}
      aria-hidden="true"
      className="icon"
    >
      {ok ? <path d="M4 12.5l5 5L20 6.5" /> : <path d="M6 6l12 12M18 6L6 18" />}
    </svg>
  );
}
