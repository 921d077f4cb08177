/**
 * A long list that renders only the rows in and near view, inside the pane's own scrolling column: on a
 * 10,000-item catalog a level holds about a thousand skills and eighty competencies, and rendering all of them
 * made every keystroke, level switch and tick cost hundreds of milliseconds. Short lists (every list of the
 * bundled catalogs) render whole, as plain rows, and never load the virtualizer (VirtualizedRows.tsx, a chunk of
 * its own).
 */
import { Fragment, Suspense, type ReactNode } from 'react';
import { lazyPart } from './lazy-part';

/** Lists of rows up to this long render whole (a list of taller items says its own limit: `virtualFrom`). */
export const VIRTUAL_FROM = 100;
/** While the virtualizer loads, a long list shows its first rows plainly: about one screen, no empty gap. */
const ROWS_WHILE_LOADING = 30;

export interface VirtualRowsProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  /** A row's height before it is measured, in px. */
  estimateHeight(item: T): number;
  /**
   * Names an item's height, its key unless given: it changes when the height does (a competency opened or closed
   * by a search, its count of matching rows), so an item out of the DOM is placed by its estimate, not by a height
   * it was measured at in another state. Drawn items are measured under their new name.
   */
  sizeKey?(item: T): string;
  /** Lists longer than this render virtually; VIRTUAL_FROM unless given. */
  virtualFrom?: number;
}

const Virtualized = lazyPart(() =>
  import(/* webpackChunkName: "virtual-rows" */ './VirtualizedRows').then(
    (m) => m.VirtualizedRows as (props: VirtualRowsProps<unknown>) => JSX.Element,
  ),
);

export function VirtualRows<T>(props: VirtualRowsProps<T>): JSX.Element {
  if (props.items.length <= (props.virtualFrom ?? VIRTUAL_FROM)) return <PlainRows {...props} />;
  const loading = <PlainRows {...props} items={props.items.slice(0, ROWS_WHILE_LOADING)} />;
  return (
    <Suspense fallback={loading}>
      <Virtualized.Component {...(props as VirtualRowsProps<unknown>)} />
    </Suspense>
  );
}

function PlainRows<T>(props: VirtualRowsProps<T>): JSX.Element {
  return (
    <>
      {props.items.map((item) => (
        <Fragment key={props.itemKey(item)}>{props.renderItem(item)}</Fragment>
      ))}
    </>
  );
}
