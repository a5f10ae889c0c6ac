/** Page title and share metadata, set from the client (the app is a single-page app). */
export function setPageMeta(meta: { title: string; description?: string; type?: string; url?: string }): void {
  document.title = meta.title;
  const set = (attr: 'name' | 'property', key: string, value: string | undefined) => {
    let el = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
    if (!value) {
      el?.remove();
      return;
    }
    if (!el) {
      el = document.createElement('meta');
      el.setAttribute(attr, key);
      document.head.appendChild(el);
    }
    el.content = value;
  };
  set('name', 'description', meta.description);
  set('property', 'og:title', meta.title);
  set('property', 'og:description', meta.description);
  set('property', 'og:type', meta.type ?? 'website');
  set('property', 'og:url', meta.url ?? window.location.href);
  set('name', 'twitter:card', 'summary');
}
