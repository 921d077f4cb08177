/** A document style's appearance as React inline style, for the preview page (same safety rules as the HTML renderer). */
import type { CSSProperties } from 'react';
import type { StyleAppearance } from '../../house-style/types';

const SAFE_FONT = /^[\w .-]+$/;
const HEX = /^[0-9A-Fa-f]{6}$/;

export function appearanceStyle(a: StyleAppearance | undefined): CSSProperties {
  if (!a) return {};
  const style: CSSProperties = {};
  if (a.fontFamily && SAFE_FONT.test(a.fontFamily)) style.fontFamily = `'${a.fontFamily}', serif`;
  if (finite(a.sizePt)) style.fontSize = `${a.sizePt}pt`;
  if (a.bold !== undefined) style.fontWeight = a.bold ? 'bold' : 'normal';
  if (a.italic !== undefined) style.fontStyle = a.italic ? 'italic' : 'normal';
  if (a.color && HEX.test(a.color)) style.color = `#${a.color}`;
  if (finite(a.spaceBeforePt)) style.marginTop = `${a.spaceBeforePt}pt`;
  if (finite(a.spaceAfterPt)) style.marginBottom = `${a.spaceAfterPt}pt`;
  return style;
}

function finite(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}
