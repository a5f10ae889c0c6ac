/**
 * Every page names itself in the browser tab: "<its h1> · Gavel", kept in
 * step with the heading as the page loads and as the language changes. Pages
 * that share a heading (a meeting, its outcomes, its room) tell themselves
 * apart by the kind of page, `data-page-kind` on the h1, named first:
 * "Outcome documents · 37th ASEAN Summit · Gavel". A page that sets its own
 * title (the portal's share metadata) keeps it: the title is only replaced
 * while it is still the one this hook last wrote.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

/** The attribute on a page's h1 naming the kind of page, before the heading in the tab title. */
export const pageKindAttribute = 'data-page-kind';

/** The title a page's h1 gives: its kind (if any), its text, the app's name. A language mark ("EN", for a title kept only in English) stays out of it. */
export function titleFromHeading(heading: HTMLElement | null, appName: string): string | null {
  let words = heading;
  if (heading?.querySelector('.lang-mark')) {
    words = heading.cloneNode(true) as HTMLElement;
    for (const mark of words.querySelectorAll('.lang-mark')) mark.remove();
  }
  const text = words?.textContent?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const kind = heading?.getAttribute(pageKindAttribute)?.trim();
  return [kind, text, appName].filter(Boolean).join(' · ');
}

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
      const title = titleFromHeading(main.querySelector('h1'), appName) ?? generic;
      if (title !== document.title) {
        document.title = title;
        last.current = title;
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [pageKindAttribute] });
    return () => observer.disconnect();
  }, [root, appName, generic, pathname]);
}

/** The hook as every frame uses it (the site's layout, the full-screen projector), over the element `root` finds. */
export function usePageTitle(root: () => HTMLElement | null) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  useTitleFromHeading(root, t('app.name'), `${t('app.name')} · ${t('app.tagline')}`, `${pathname}|${i18n.resolvedLanguage ?? ''}`);
}
