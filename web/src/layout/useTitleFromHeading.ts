/**
 * Every page names itself in the browser tab: "<its h1> · Gavel", kept in
 * step with the heading as the page loads and as the language changes. A
 * page that sets its own title (the portal's share metadata) keeps it: the
 * title is only replaced while it is still the one this hook last wrote.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export function useTitleFromHeading(root: () => HTMLElement | null, appName: string, generic: string, pathname: string) {
  const last = useRef(generic);

  // On each navigation the generic title first (layout effect: before pages' own effects).
  useLayoutEffect(() => {
    document.title = generic;
    last.current = generic;
  }, [generic, pathname]);

  useEffect(() => {
    const main = root();
    if (!main) return;
    const update = () => {
      if (document.title !== last.current) return; // the page set its own
      const heading = main.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
      const title = heading ? `${heading} · ${appName}` : generic;
      if (title !== document.title) {
        document.title = title;
        last.current = title;
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [root, appName, generic, pathname]);
}
