/** The options of a select over named things (parties, meetings): an optional blank first, then one per item, by id. */
import type { ReactNode } from 'react';

export function Options<T extends { id: number }>({ items, label, blank }: { items: readonly T[] | undefined; label: (item: T) => ReactNode; blank?: string }) {
  return (
    <>
      {blank !== undefined && <option value="">{blank}</option>}
      {items?.map((item) => (
        <option key={item.id} value={item.id}>
          {label(item)}
        </option>
      ))}
    </>
  );
}
