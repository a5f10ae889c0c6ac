/**
 * A box that scrolls when its content does not fit: a table on a phone, a
 * long comparison of versions, the task board. While it scrolls, a keyboard
 * user must be able to reach it to scroll it (WCAG 2.1.1, axe's
 * scrollable-region-focusable) and a screen reader must say what it holds: it
 * is then a focusable region named by `label` (the table's heading). When
 * everything fits it is a plain box, so a wide screen gets no extra tab stop.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function ScrollRegion({
  label,
  className = 'table-scroll',
  testId,
  lang,
  children,
}: {
  /** What the box holds, in the reader's language: usually the heading above the table. */
  label: string;
  /** The box's look; `table-scroll` scrolls sideways. */
  className?: string;
  testId?: string;
  lang?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(ref);
  return (
    <div
      ref={ref}
      className={`${className} scroll-region`}
      data-testid={testId}
      lang={lang}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}

/** Whether the element's content is wider or taller than the element, kept up to date as either changes size. */
function useScrolls(ref: React.RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    // Whether the box scrolls changes only with its own size (the window, the layout) or its content's
    // (rows loaded, a column widened, a text grown): a ResizeObserver on the box and on each child sees both,
    // so a live text changing inside a table costs nothing unless the table changes size.
    const sizes = new ResizeObserver(measure);
    const observe = () => {
      sizes.disconnect();
      sizes.observe(box);
      for (const child of box.children) sizes.observe(child);
    };
    // Children replaced (a table rendered in place of "loading"): observe the new ones.
    const children = new MutationObserver(() => {
      observe();
      measure();
    });
    observe();
    children.observe(box, { childList: true });
    measure();
    return () => {
      sizes.disconnect();
      children.disconnect();
    };
  }, [ref]);
  return scrolls;
}
