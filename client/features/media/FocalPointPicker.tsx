import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../shared/media/types';
import { useFormat } from '../../lib/use-format';

interface FocalPointPickerProps {
  item: MediaItem;
  x: number;
  y: number;
  onChange: (point: { x: number; y: number }) => void;
}

const STEP = 0.05;
const clamp = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;

/**
 * Click the part of the picture that must stay in every crop (a face, the
 * subject). Arrow keys move the point for keyboard users.
 */
export function FocalPointPicker({ item, x, y, onChange }: FocalPointPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pick = (event: MouseEvent<HTMLButtonElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onChange({
      x: clamp((event.clientX - box.left) / box.width),
      y: clamp((event.clientY - box.top) / box.height),
    });
  };
  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    };
    const d = delta[event.key];
    if (!d) return;
    event.preventDefault();
    onChange({ x: clamp(x + d[0]), y: clamp(y + d[1]) });
  };
  return (
    <div className="focal">
      <button
        type="button"
        className="focal-image"
        onClick={pick}
        onKeyDown={move}
        aria-label={t('media.focal.label', {
          x: format.digits(Math.round(x * 100)),
          y: format.digits(Math.round(y * 100)),
        })}
        data-testid="focal-point-picker"
        style={{ aspectRatio: `${item.width} / ${item.height}`, backgroundImage: `url(${item.blurDataUrl})` }}
      >
        <img src={item.previewSrc} alt="" />
        <span
          className="focal-marker"
          style={{ left: `${x * 100}%`, top: `${y * 100}%` }}
          aria-hidden="true"
        />
      </button>
      <small className="muted">{t('media.focal.hint')}</small>
    </div>
  );
}
