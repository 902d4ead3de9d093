/**
 * Inline SVG icons: they draw the same everywhere (an emoji needs an emoji font,
 * and shows as a box without one). Decorative: the button beside them has the name.
 */
const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  focusable: false,
};

export function BellIcon() {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function LinkIcon() {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
      <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
    </svg>
  );
}

export function DragIcon() {
  return (
    <svg {...common} aria-hidden="true" stroke="none" fill="currentColor" className="icon">
      {[6, 12, 18].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />))}
    </svg>
  );
}

export function MenuIcon() {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <path d="M4 6h16M4 12h16M4 18h16" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

/** An arrow pointing up, or down with `down`: moving an item, or a column's sort order. */
export function ArrowIcon({ down = false }: { down?: boolean }) {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <path d={down ? 'M12 5v14M6 13l6 6 6-6' : 'M12 19V5M6 11l6-6 6 6'} />
    </svg>
  );
}

export function QuoteIcon() {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <path d="M10 7H6a2 2 0 0 0-2 2v3h5v5H4M20 7h-4a2 2 0 0 0-2 2v3h5v5h-5" />
    </svg>
  );
}

/** A curved arrow back (undo), or forward with `forward` (redo). */
export function HistoryIcon({ forward = false }: { forward?: boolean }) {
  return (
    <svg {...common} aria-hidden="true" className="icon">
      <g transform={forward ? 'translate(24 0) scale(-1 1)' : undefined}>
        <path d="M9 14L4 9l5-5" />
        <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
      </g>
    </svg>
  );
}
