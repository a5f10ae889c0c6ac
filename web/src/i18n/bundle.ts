/**
 * One language's translations, every namespace: the shared `translation` and
 * each feature folder's `<feature>/i18n/<lang>.json` as the namespace
 * `<feature>` (use `useTranslation('<feature>')`). Each language is its own
 * chunk (resources-vi.ts, resources-en.ts): a visitor downloads only theirs.
 */
export type Bundle = Record<string, Record<string, unknown>>;

export function bundle(translation: Record<string, unknown>, features: Record<string, { default: Record<string, unknown> }>): Bundle {
  const namespaces: Bundle = { translation };
  for (const [path, module] of Object.entries(features)) {
    const match = /^\.\.\/([^/]+)\/i18n\/(?:en|vi)\.json$/.exec(path);
    if (match) namespaces[match[1]!] = module.default;
  }
  return namespaces;
}
