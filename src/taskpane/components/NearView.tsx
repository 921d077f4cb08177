/**
 * Content drawn only while it is in or near the view of its scrolling column (up to a screen above or below);
 * elsewhere an empty box of its last height keeps its place, so the scrollbar and what follows do not move.
 * For long content that is not one list of like rows (VirtualRows is for those): the open competencies while a
 * search matches thousands of responsibilities, a long catalog's qualification groups.
 *
 * Whether it starts near is measured before the first paint (one layout for all of them), so content in view
 * never flashes empty; scrolling is then followed by an IntersectionObserver. Without one (jsdom), it draws.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { scrollParent } from './scroll-parent';

export interface NearViewProps {
  /** Its height before it has been drawn, in px. */
  estimatedHeight: number;
  className?: string;
  children: ReactNode;
}

export function NearView(props: NearViewProps): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const height = useRef(props.estimatedHeight);
  useLayoutEffect(() => {
    const el = ref.current;
    const column = el && scrollParent(el);
    if (!el || !column || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const box = el.getBoundingClientRect();
    const view = column.getBoundingClientRect();
    setNear(box.bottom >= view.top - view.height && box.top <= view.bottom + view.height);
    const observer = new IntersectionObserver(
      ([entry]) => {
        // Leaving: its drawn height becomes the placeholder's (read from the entry, without a layout). Content
        // holding keyboard focus stays, as a virtual list keeps its focused row.
        if (!entry.isIntersecting) height.current = entry.boundingClientRect.height;
        setNear(entry.isIntersecting || el.contains(document.activeElement));
      },
      { root: column, rootMargin: '100% 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={props.className} style={near ? undefined : { height: height.current }}>
      {near && props.children}
    </div>
  );
}
