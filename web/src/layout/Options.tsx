/**
 * The options of a select over named things (parties, meetings): an optional blank first, then one per item, by id,
 * labelled by its `field` in the reader's language, or in the other one with `lang` saying so (an option can carry no mark).
 */
import { fallbackLang, pick, type Pair } from '../i18n/pick';

export function Options<K extends string, T extends { id: number } & Pair<K>>({
  items,
  field,
  blank,
}: {
  items: readonly T[] | undefined;
  field: K;
  blank?: string;
}) {
  return (
    <>
      {blank !== undefined && <option value="">{blank}</option>}
      {items?.map((item) => (
        <option key={item.id} value={item.id} lang={fallbackLang(item, field)}>
          {pick(item, field)}
        </option>
      ))}
    </>
  );
}
