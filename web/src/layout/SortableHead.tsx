/**
 * The header rows of a TanStack table whose columns sort by a click on their
 * title: a button with ▲/▼/↕ and `aria-sort`. Whether the rows are sorted in
 * the browser or by the server is the table's business (`manualSorting`).
 */
import { flexRender, type Column, type Table } from '@tanstack/react-table';

export function SortableHead<T>({
  table,
  sortable = (column) => column.getCanSort(),
  title,
}: {
  table: Table<T>;
  /** Which columns offer sorting; by default those the table lets sort. */
  sortable?: (column: Column<T, unknown>) => boolean;
  /** The sort button's tooltip for a column. */
  title?: (column: Column<T, unknown>) => string;
}) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = flexRender(header.column.columnDef.header, header.getContext());
            const sorts = sortable(header.column);
            return (
              <th
                key={header.id}
                className={sorts ? 'sortable' : undefined}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {sorts ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                    title={title?.(header.column)}
                    data-testid={`sort-${header.column.id}`}
                  >
                    {label}
                    <span className="sort-icon" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
