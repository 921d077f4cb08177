/**
 * The virtual list itself (@tanstack/react-virtual), in a chunk of its own: only an organization's long
 * catalog needs it (VirtualRows.tsx says when).
 *
 * Rows stay in the DOM in list order, so screen readers read them in order. The row holding keyboard focus stays
 * rendered when it scrolls out of view, and so do the rows on either side of it: Tab and Shift+Tab reach them even
 * after the wheel has scrolled far away, and the browser scrolls the row they focus into view, which renders the
 * rows around it.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { makeStyles } from '@fluentui/react-components';
import type { VirtualRowsProps } from './VirtualRows';
import { scrollParent } from './scroll-parent';

/** Rows rendered beyond each edge of the view: Tab presses ahead of the list's re-render, even on a busy machine. */
const OVERSCAN = 12;

const useStyles = makeStyles({
  list: { position: 'relative' },
  row: { position: 'absolute', top: 0, left: 0, width: '100%' },
});

/**
 * The scrolling column and the list's distance from the top of its content (the virtualizer's scrollMargin),
 * kept up to date when anything above the list changes height.
 */
function useScrollPlace(list: RefObject<HTMLElement>): { scroller: HTMLElement | null; margin: number } {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = list.current;
    const column = el && scrollParent(el);
    if (!el || !column) return;
    setScroller(column);
    const measure = () =>
      setMargin(el.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    for (const child of Array.from(column.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [list]);
  return { scroller, margin };
}

/**
 * The virtualizer measures a drawn row when its size changes, under the row's size key at that moment. A row can
 * take a new key without changing size (a competency's count of matches changes while its rows are a placeholder
 * far from view), and that key may hold a height from another state: a frame after each commit, once size
 * changes have been measured, a drawn row whose height under its key is not its height in the DOM is measured.
 */
function useRenamedRowsMeasured(
  virtualizer: Virtualizer<HTMLElement, Element>,
  list: RefObject<HTMLElement>,
  renamable: boolean,
): void {
  useLayoutEffect(() => {
    if (!renamable) return;
    const frame = requestAnimationFrame(() => {
      for (const row of Array.from(list.current?.children ?? []) as HTMLElement[]) {
        const index = Number(row.dataset.index);
        if (!(index < virtualizer.options.count)) continue;
        const height = row.offsetHeight;
        if (virtualizer.itemSizeCache.get(virtualizer.options.getItemKey(index)) !== height) {
          virtualizer.resizeItem(index, height);
        }
      }
    });
    return () => cancelAnimationFrame(frame);
  });
}

export function VirtualizedRows<T>(props: VirtualRowsProps<T>): JSX.Element {
  const styles = useStyles();
  const listRef = useRef<HTMLDivElement>(null);
  const { scroller, margin } = useScrollPlace(listRef);
  const focused = useRef<number | undefined>(undefined);
  const { items, itemKey } = props;
  const sizeKey = props.sizeKey ?? itemKey;
  const rangeExtractor = useCallback((range: Range) => {
    const shown = defaultRangeExtractor(range);
    const f = focused.current;
    if (f === undefined) return shown;
    const kept = [f - 1, f, f + 1].filter((i) => i >= 0 && i < range.count && !shown.includes(i));
    return kept.length === 0 ? shown : [...shown, ...kept].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: (i) => props.estimateHeight(items[i]),
    getItemKey: (i) => sizeKey(items[i]),
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
    // Before the column is known: about one screen of rows.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
  });
  useRenamedRowsMeasured(virtualizer, listRef, props.sizeKey !== undefined);
  const indexOf = (target: EventTarget) => {
    const row = (target as HTMLElement).closest?.('[data-index]');
    return row ? Number(row.getAttribute('data-index')) : undefined;
  };
  return (
    <div
      ref={listRef}
      className={styles.list}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(e) => (focused.current = indexOf(e.target))}
      onBlur={() => (focused.current = undefined)}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={itemKey(items[row.index])}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className={styles.row}
          style={{ transform: `translateY(${row.start - margin}px)` }}
        >
          {props.renderItem(items[row.index])}
        </div>
      ))}
    </div>
  );
}
