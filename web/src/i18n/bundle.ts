/**
 * One language's translations, every namespace: the shared `translation` and
 * each feature folder's `<feature>/i18n/<lang>.json` as the namespace
 * `<feature>` (use `useTranslation('<feature>')`). Each language is its own
 * chunk (resources-vi.ts, resources-en.ts): a visitor downloads only theirs;
 * the staff's namespaces are a second chunk, fetched when first asked for
 * (resources-vi-staff.ts, resources-en-staff.ts; index.ts).
 */
export type Bundle = Record<string, Record<string, unknown>>;

export function bundle(translation: Record<string, unknown> | null, features: Record<string, { default: Record<string, unknown> }>): Bundle {
  const namespaces: Bundle = translation ? { translation } : {};
  for (const [path, module] of Object.entries(features)) {
    const match = /^\.\.\/([^/]+)\/i18n\/(?:en|vi)\.json$/.exec(path);
    if (match) namespaces[match[1]!] = module.default;
  }
  return namespaces;
}
