/**
 * The catalog at a glance: competencies (rows) against levels (columns), each cell the rating there and
 * how many responsibilities the level lists; the current level's column stands out. An ARIA grid: one
 * cell is in the tab order, arrow keys (Home/End, Ctrl+Home/End) move between cells, Enter or a click
 * chooses that level and opens that competency in the list. Short level labels and rating abbreviations
 * (explained in a key above the table) fit a 320 px pane; the full names are in each cell's label.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellWords, competencyMatrix, ratingWords, type MatrixCell } from '../../catalog/matrix';
import type { Catalog, LevelId, WorkSettingId } from '../../catalog/types';
import { movedCell, type GridCell } from '../state/grid-keys';
import { shortLevelLabels } from '../state/level-labels';
import { shortRatingLabels } from '../state/rating-labels';
import { ratingLook } from './rating-look';

const useStyles = makeStyles({
  grid: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  titleColumn: { width: '36%' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    verticalAlign: 'bottom',
    overflowWrap: 'anywhere',
  },
  rowHeader: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    verticalAlign: 'top',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    // Forced colours drop the background: the current level's column is framed instead.
    '@media (forced-colors: active)': { borderLeft: '2px solid CanvasText', borderRight: '2px solid CanvasText' },
  },
  mark: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  count: { color: tokens.colorNeutralForeground2 },
  absent: { color: tokens.colorNeutralForeground3 },
  key: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface CompetencyMatrixProps {
  catalog: Catalog;
  levelId: LevelId;
  workSettingId?: WorkSettingId;
  onChoose(levelId: LevelId, competencyId: string): void;
}

export function CompetencyMatrix(props: CompetencyMatrixProps): JSX.Element {
  const { catalog, levelId } = props;
  const styles = useStyles();
  const rows = useMemo(() => competencyMatrix(catalog, props.workSettingId), [catalog, props.workSettingId]);
  const labels = useMemo(() => shortLevelLabels(catalog.levels), [catalog.levels]);
  const ratings = useMemo(
    () => shortRatingLabels(rows.flatMap((row) => row.cells.filter((cell) => cell.rating).map(ratingWords))),
    [rows],
  );
  const abbreviated = [...ratings].filter(([label, short]) => short !== label);
  const currentColumn = Math.max(
    0,
    catalog.levels.findIndex((l) => l.id === levelId),
  );
  const [active, setActive] = useState<GridCell>({ row: 0, column: currentColumn });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const key = (c: GridCell) => `${c.row}:${c.column}`;

  const focus = (c: GridCell) => {
    setActive(c);
    cells.current.get(key(c))?.focus();
  };
  const choose = (c: GridCell) => props.onChoose(catalog.levels[c.column].id, rows[c.row].competency.id);
  const onKeyDown = (e: KeyboardEvent, at: GridCell) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(at);
      return;
    }
    const next = movedCell(e.key, at, rows.length, catalog.levels.length, e.ctrlKey);
    if (!next) return;
    e.preventDefault();
    focus(next);
  };

  const words = (cell: MatrixCell) =>
    cell.rating ? (
      <>
        <span className={styles.mark}>
          <Badge size="extra-small" {...ratingLook(catalog, cell.rating)} />
          <span>{ratings.get(ratingWords(cell))}</span>
        </span>
        <span className={styles.count}>{cell.responsibilities}</span>
      </>
    ) : (
      <span className={styles.absent}>—</span>
    );

  return (
    <>
      {abbreviated.length > 0 && (
        <p className={styles.key}>
          {abbreviated.map(([label, short], i) => (
            <span key={label}>
              {i > 0 && ' · '}
              <abbr title={label}>{short}</abbr> {label}
            </span>
          ))}
        </p>
      )}
      <table role="grid" aria-label={`Competencies by level in ${catalog.title}`} className={styles.grid}>
        <colgroup>
          <col className={styles.titleColumn} />
          {catalog.levels.map((l) => (
            <col key={l.id} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col" className={styles.th}>
              Competency
            </th>
            {catalog.levels.map((l, i) => (
              <th
                key={l.id}
                role="columnheader"
                scope="col"
                aria-label={l.id === levelId ? `${l.name} (current level)` : l.name}
                title={l.name}
                className={mergeClasses(styles.th, l.id === levelId && styles.current)}
              >
                {labels[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr role="row" key={row.competency.id}>
              <th role="rowheader" scope="row" className={styles.rowHeader}>
                {row.competency.title}
              </th>
              {row.cells.map((cell, c) => {
                const at = { row: r, column: c };
                return (
                  <td
                    key={cell.level.id}
                    role="gridcell"
                    ref={(el) => {
                      if (el) cells.current.set(key(at), el);
                      else cells.current.delete(key(at));
                    }}
                    tabIndex={active.row === r && active.column === c ? 0 : -1}
                    aria-label={`${row.competency.title}, ${cell.level.name}: ${cellWords(cell)}`}
                    aria-selected={cell.level.id === levelId}
                    data-level={cell.level.id}
                    className={mergeClasses(styles.cell, cell.level.id === levelId && styles.current)}
                    onClick={() => {
                      setActive(at);
                      choose(at);
                    }}
                    onKeyDown={(e) => onKeyDown(e, at)}
                  >
                    {words(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
