/** Page title and share metadata, set from the client (the app is a single-page app). */
export interface PageMeta {
  title: string;
  description?: string;
  type?: string;
  url?: string;
  /** An absolute URL: share previews show it large. */
  image?: { url: string; width: number; height: number; alt: string } | null;
}

export function setPageMeta(meta: PageMeta): void {
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
  set('property', 'og:image', meta.image?.url);
  set('property', 'og:image:width', meta.image ? String(meta.image.width) : undefined);
  set('property', 'og:image:height', meta.image ? String(meta.image.height) : undefined);
  set('property', 'og:image:alt', meta.image?.alt);
  set('name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary');
}
