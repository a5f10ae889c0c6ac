/**
 * Renders its children once their place comes near the screen (within
 * `margin` of the viewport), so what they fetch (a chart's code and data)
 * is not part of a page's first load when they sit below the fold. Where
 * IntersectionObserver is missing, at once.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function WhenNear({ children, margin = '300px' }: { children: ReactNode; margin?: string }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !place.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(place.current);
    return () => observer.disconnect();
  }, [near, margin]);
  return <div ref={place}>{near && children}</div>;
}
