/**
 * The block model with every role resolved to a style: what all three renderers (Word commands,
 * OOXML, HTML) walk, so they agree on which paragraph gets which style and which ones are bullets.
 */
import type { Block, BlockModel, Role, Run } from '../compose/blocks';
import type { DirectFormatting, StyleChoice, StyleDef, StyleMap } from '../house-style/types';
import { formatSectionTag } from './section-tag';
import { sectionFingerprint, TERM_SEPARATOR } from './section-text';

export { TERM_SEPARATOR };

export interface LaidRun {
  text: string;
  bold?: boolean;
  characterStyle?: StyleDef;
  placeholder?: boolean;
}

export type ParagraphRole = Exclude<Role, 'table' | 'skillTerm'>;

export interface LaidParagraph {
  kind: 'paragraph';
  role: ParagraphRole;
  style: StyleDef | null;
  runs: LaidRun[];
  /** A list item (responsibility, or a skill when skills share the bullet style). */
  bullet: boolean;
  /** A list item whose style has no numbering: the renderer must supply the bullet. */
  needsNumbering: boolean;
  /** The hand formatting of the document's own paragraph of this role, to copy (StyleChoice.model). */
  formatting?: DirectFormatting;
}

export interface LaidTable {
  kind: 'table';
  style: StyleDef | null;
  headerStyle: StyleDef | null;
  bodyStyle: StyleDef | null;
  headerBold: boolean;
  header: LaidRun[][];
  rows: LaidRun[][][];
}

export type LaidContent = LaidParagraph | LaidTable;

export interface LaidSection {
  title: string;
  tag: string;
  content: LaidContent[];
}

export interface Layout {
  sections: LaidSection[];
  /** Built-ins the document lacks that this content uses (to be added with their standard definition). */
  requiredStyles: StyleDef[];
  /** Some bullet relies on numbering we bring (no bullet style of the document's own). */
  needsBulletNumbering: boolean;
}

export function layOut(model: BlockModel, styles: StyleMap): Layout {
  const used = new Map<string, StyleChoice>();
  const use = (role: Role): StyleDef | null => {
    const choice = styles[role];
    if (choice.style) used.set(choice.style.id, choice);
    return choice.style;
  };
  const skillsAreBullets = isBulletStyle(styles.skillDescription.style, styles.responsibility.style);

  const paragraph = (role: ParagraphRole, runs: LaidRun[], bullet = false): LaidParagraph => {
    const style = use(role);
    const formatting = styles[role].model?.formatting;
    return {
      kind: 'paragraph',
      role,
      style,
      runs,
      bullet,
      needsNumbering: bullet && !style?.hasNumbering && !formatting?.list,
      ...(formatting ? { formatting } : {}),
    };
  };

  const lay = (block: Block): LaidContent[] => {
    switch (block.kind) {
      case 'heading':
        return [paragraph(block.role, [{ text: block.text }])];
      case 'paragraph':
        return [paragraph('body', block.runs.map(plainRun))];
      case 'bulletList':
        return block.items.map((item) => paragraph('responsibility', item.runs.map(plainRun), true));
      case 'termList': {
        const termStyle = use('skillTerm');
        return block.items.map((item) =>
          paragraph(
            'skillDescription',
            [
              termStyle ? { text: item.term, characterStyle: termStyle } : { text: item.term, bold: true },
              { text: TERM_SEPARATOR },
              ...item.definition.map(plainRun),
            ],
            skillsAreBullets,
          ),
        );
      }
      case 'table': {
        // Header cells in the body style are set off in bold; a header style of their own needs no help.
        const headerBold = !styles.tableHeader.style || styles.tableHeader.style.id === styles.body.style?.id;
        return [
          {
            kind: 'table',
            style: use('table'),
            headerStyle: use('tableHeader'),
            bodyStyle: use('body'),
            headerBold,
            header: block.header.map((h) => [headerBold ? { text: h, bold: true } : { text: h }]),
            rows: block.rows.map((row) => row.cells.map((cell) => cell.map(plainRun))),
          },
        ];
      }
    }
  };

  const sections = model.sections.map((s) => ({
    title: s.title,
    // The tag remembers the text as inserted, so a later edit by the user can be told apart.
    tag: formatSectionTag({ ...s.tag, fingerprint: sectionFingerprint(s.blocks) }),
    content: s.blocks.flatMap(lay),
  }));
  const requiredStyles = [...used.values()].filter((c) => c.missingFromDocument).map((c) => c.style as StyleDef);
  const needsBulletNumbering =
    sections.some((s) => s.content.some((c) => c.kind === 'paragraph' && c.needsNumbering)) ||
    requiredStyles.some((s) => s.hasNumbering);
  return { sections, requiredStyles, needsBulletNumbering };
}

/** Skills are list items when their style is a bullet style: numbered itself, or the responsibilities' style. */
function isBulletStyle(style: StyleDef | null, bulletStyle: StyleDef | null): boolean {
  return !!style && (!!style.hasNumbering || style.id === bulletStyle?.id);
}

function plainRun(run: Run): LaidRun {
  return run.placeholder
    ? { text: run.text, placeholder: true }
    : run.bold
      ? { text: run.text, bold: true }
      : { text: run.text };
}
