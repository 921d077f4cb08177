/** Block model + style map -> the plain-data plan the Word adapter runs. */
import type { BlockModel } from '../compose/blocks';
import type { StyleDef, StyleMap } from '../house-style/types';
import type { ContentCommand, InsertPlan, ParagraphCommand, RunCommand, StyleRef } from './commands';
import { layOut, type LaidContent, type LaidRun } from './layout';
import type { NumberingMode } from './numbered-lists';

/** Used only if a paragraph role somehow has no style: Word's Normal, by its built-in key. */
const NORMAL: StyleRef = { id: 'Normal', localName: 'Normal', builtInKey: 'normal' };

/** `numbering`: whether numbered duties start again at each competency (the default) or number straight through. */
export function renderCommands(model: BlockModel, styles: StyleMap, numbering: NumberingMode = 'restart'): InsertPlan {
  return {
    sections: layOut(model, styles).sections.map((s) => ({
      title: s.title,
      tag: s.tag,
      content: s.content.map((c, i) => {
        const laid = command(c);
        return numbering === 'restart' && startsNumberedDuties(c, s.content[i - 1])
          ? { ...(laid as ParagraphCommand), restartNumbering: true }
          : laid;
      }),
    })),
  };
}

/** A duty in a numbered list style right after something that is not one: a competency's list starts here. */
function startsNumberedDuties(c: LaidContent, before: LaidContent | undefined): boolean {
  const duty = (x: LaidContent | undefined) =>
    x?.kind === 'paragraph' && x.role === 'responsibility' && /^list number/.test(x.style?.builtInKey ?? '');
  return duty(c) && !duty(before);
}

function command(c: LaidContent): ContentCommand {
  if (c.kind === 'paragraph') {
    return {
      kind: 'paragraph',
      style: ref(c.style) ?? NORMAL,
      runs: c.runs.map(runCommand),
      ...(c.needsNumbering ? { bullet: true } : {}),
      ...(c.bullet ? { listItem: true } : {}),
      ...(c.formatting ? { formatting: c.formatting } : {}),
    };
  }
  const text = (runs: LaidRun[]) => runs.map((r) => r.text).join('');
  const placeholderCells = c.rows.flatMap((row, i) =>
    row.flatMap((runs, column) =>
      runs.some((r) => r.placeholder) ? [{ row: i, column, runs: runs.map(runCommand) }] : [],
    ),
  );
  return {
    kind: 'table',
    style: ref(c.style),
    headerStyle: ref(c.headerStyle) ?? NORMAL,
    bodyStyle: ref(c.bodyStyle) ?? NORMAL,
    headerBold: c.headerBold,
    header: c.header.map(text),
    rows: c.rows.map((row) => row.map(text)),
    ...(c.groupRows.length ? { groupRows: c.groupRows } : {}),
    ...(c.choices ? { choices: c.choices } : {}),
    ...(placeholderCells.length ? { placeholderCells } : {}),
  };
}

function runCommand(r: LaidRun): RunCommand {
  return {
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.characterStyle ? { characterStyle: ref(r.characterStyle) as StyleRef } : {}),
    ...(r.placeholder ? { placeholder: true } : {}),
  };
}

function ref(style: StyleDef | null): StyleRef | null {
  return style
    ? {
        id: style.id,
        localName: style.localName,
        ...(style.builtInKey ? { builtInKey: style.builtInKey } : {}),
        ...(style.hasNumbering ? { numbered: true } : {}),
      }
    : null;
}
