/**
 * How a job description is laid into the document, beyond which style serves each role: the pane's choices
 * (remembered in the document with the house style) and the CLI's --part-heading, --numbering and --style-only.
 * One type so both hosts hand the insert workflow the same thing.
 */
import { ROLES, type Role } from '../compose/blocks';
import { PART_HEADING_CHOICES, type PartHeadingChoice } from '../compose/part-heading';
import { NUMBERING_MODES, type NumberingMode } from '../render/numbered-lists';

export interface LayoutChoices {
  /** The first part's heading: left out right under a heading (auto, the default), always added, or never. */
  partHeading?: PartHeadingChoice;
  /** Numbered duties start again at each competency (restart, the default) or number straight through. */
  numbering?: NumberingMode;
  /** Roles whose inserted paragraphs take their style alone, not the hand formatting of the document's own. */
  styleOnly?: readonly Role[];
}

/** The setting that remembers the choices in the document, beside the house-style mapping. */
export const LAYOUT_SETTING = 'jdbLayoutChoices';

/** Stored choices, read defensively: anything unknown is dropped (the defaults apply). */
export function readLayoutChoices(stored: unknown): LayoutChoices {
  if (!stored || typeof stored !== 'object') return {};
  const { partHeading, numbering, styleOnly } = stored as Record<string, unknown>;
  return {
    ...(PART_HEADING_CHOICES.includes(partHeading as PartHeadingChoice)
      ? { partHeading: partHeading as PartHeadingChoice }
      : {}),
    ...(NUMBERING_MODES.includes(numbering as NumberingMode) ? { numbering: numbering as NumberingMode } : {}),
    ...(Array.isArray(styleOnly) ? { styleOnly: ROLES.filter((r) => styleOnly.includes(r)) } : {}),
  };
}

/** The choices with the role's inserted paragraphs copying the document's hand formatting (copy) or taking the style alone. */
export function withCopiedLook(choices: LayoutChoices, role: Role, copy: boolean): LayoutChoices {
  const others = (choices.styleOnly ?? []).filter((r) => r !== role);
  return { ...choices, styleOnly: copy ? others : [...others, role] };
}
