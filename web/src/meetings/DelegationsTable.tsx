/**
 * Every delegation of a meeting with the meeting's start and end in the
 * delegation's own zone (computed by the server), flagged when any part falls
 * outside 08:00–20:00 there. Sortable (TanStack Table).
 */
import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Delegation } from '../api/types';
import { formatShortDate, offsetMinutes, wallClock, zoneCity } from '../i18n/format';
import { currentLanguage } from '../i18n/index';
import { Picked } from '../i18n/InLanguage';
import { pick } from '../i18n/pick';
import { MoonIcon } from '../layout/icons';
import { SortableHead } from '../layout/SortableHead';
import { ScrollRegion } from '../layout/ScrollRegion';

const column = createColumnHelper<Delegation>();

export function DelegationsTable({
  delegations,
  actions,
}: {
  delegations: Delegation[];
  /** Staff tools for one row (edit, remove); a last column when given. */
  actions?: (delegation: Delegation) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [sorting, setSorting] = useState<SortingState>([]);

  const columns = useMemo(
    () => [
      column.accessor((d) => pick(d.party, 'name', lang), {
        id: 'party',
        header: t('delegations.party'),
        cell: (info) => (
          <Link to={`/partners/${info.row.original.party.code}`}>
            <Picked of={info.row.original.party} field="name" />
          </Link>
        ),
      }),
      column.accessor((d) => d.headPerson?.fullName ?? d.headName ?? '', {
        id: 'head',
        header: t('delegations.head'),
        cell: (info) => <HeadCell delegation={info.row.original} />,
      }),
      column.accessor((d) => offsetMinutes(d.utcOffset), {
        id: 'joinsFrom',
        header: t('delegations.joinsFrom'),
        cell: (info) => (
          <>
            <span title={info.row.original.timeZone}>{zoneCity(info.row.original.timeZone)}</span>
            <br />
            <span className="muted">UTC{info.row.original.utcOffset}</span>
          </>
        ),
      }),
      column.accessor('localStart', {
        header: t('delegations.localStart'),
        cell: (info) => <LocalTime delegation={info.row.original} edge="start" />,
      }),
      column.accessor('localEnd', {
        header: t('delegations.localEnd'),
        cell: (info) => <LocalTime delegation={info.row.original} edge="end" />,
      }),
      column.accessor((d) => pick(d, 'note', lang), {
        id: 'note',
        header: t('delegations.note'),
        enableSorting: false,
        cell: (info) => <Picked of={info.row.original} field="note" />,
      }),
      ...(actions
        ? [
            column.display({
              id: 'actions',
              header: t('delegationForm.actions'),
              cell: (info) => <div className="row-actions">{actions(info.row.original)}</div>,
            }),
          ]
        : []),
    ],
    [t, lang, actions],
  );

  const table = useReactTable({
    data: delegations,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (d) => String(d.id),
  });

  return (
    <ScrollRegion label={t('meeting.delegations')}>
      <table className={`table delegations${actions ? ' has-actions' : ''}`} data-testid="delegations-table">
        <SortableHead table={table} title={(c) => t('delegations.sortBy', { column: String(c.columnDef.header) })} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid={`delegation-row-${row.original.party.code}`}>
              {row.getVisibleCells().map((cell) => {
                const local = cell.column.id === 'localStart' || cell.column.id === 'localEnd';
                const classes = [local ? 'local-time' : '', local && row.original.outsideHours ? 'outside-hours' : ''];
                return (
                  <td
                    key={cell.id}
                    data-label={String(cell.column.columnDef.header)}
                    className={classes.filter(Boolean).join(' ') || undefined}
                    data-testid={cell.column.id === 'localStart' ? 'local-start' : cell.column.id === 'localEnd' ? 'local-end' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function HeadCell({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const person = delegation.headPerson;
  return (
    <>
      {person ? <Link to={`/people/${person.id}`}>{person.fullName}</Link> : (delegation.headName ?? t('meeting.none'))}
      <br />
      <span className="muted">{t(`headLevel.${delegation.headLevel}`, { defaultValue: delegation.headLevel })}</span>
    </>
  );
}

/**
 * Which end of the meeting falls outside 08:00–20:00 local time. The server's
 * `outsideHours` is the authority (both cells get the class); this only
 * places the icon, on the start when the meeting merely spans the night.
 */
function edgeOutside(d: Delegation, edge: 'start' | 'end'): boolean {
  const minutes = (value: string) => Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
  const start = minutes(d.localStart);
  const end = minutes(d.localEnd);
  const startOutside = start < 8 * 60 || start >= 20 * 60;
  const endOutside = end <= 8 * 60 || end > 20 * 60;
  if (edge === 'start') return startOutside || !endOutside;
  return endOutside;
}

function LocalTime({ delegation, edge }: { delegation: Delegation; edge: 'start' | 'end' }) {
  const { t } = useTranslation();
  const value = edge === 'start' ? delegation.localStart : delegation.localEnd;
  const dayOffset = edge === 'start' ? delegation.startDayOffset : delegation.endDayOffset;
  const dt = wallClock(value);
  return (
    <>
      <span className="time">{dt.toFormat('HH:mm')}</span> <span className="date">{formatShortDate(dt)}</span>
      {dayOffset !== 0 && <DayOffset offset={dayOffset} />}
      {delegation.outsideHours && edgeOutside(delegation, edge) && (
        <span className="outside-hours-icon" role="img" aria-label={t('delegations.outsideHours')} title={t('delegations.outsideHours')}>
          <MoonIcon />
        </span>
      )}
    </>
  );
}

function DayOffset({ offset }: { offset: number }) {
  const { t } = useTranslation();
  const count = Math.abs(offset);
  const text = t(offset > 0 ? 'delegations.later' : 'delegations.earlier', { count });
  let title: string;
  if (offset === 1) title = t('delegations.nextDay');
  else if (offset === -1) title = t('delegations.previousDay');
  else title = t(offset > 0 ? 'delegations.daysLater' : 'delegations.daysEarlier', { count });
  return (
    <span className="day-offset" title={title} data-day-offset={offset}>
      {text}
    </span>
  );
}
