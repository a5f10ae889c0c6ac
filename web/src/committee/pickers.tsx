/**
 * Choosing bodies, people, parties, meetings and deliverables by name: a
 * search box narrowing a select (diacritics and case ignored), never an id
 * typed by hand. `MultiPicker` keeps a list of chosen ones as removable chips.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetings, useParties, usePeople } from '../api/queries';
import { instantIn } from '../i18n/format';
import { pick } from '../i18n/pick';
import { useBodies, useDeliverables } from './api';
import { day } from './parts';

export interface Option {
  id: number;
  label: string;
  hint?: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

const text = (o: Option) => (o.hint ? `${o.label} — ${o.hint}` : o.label);

export function SearchSelect({
  options,
  value,
  onChange,
  label,
  empty,
  testId,
}: {
  options: Option[];
  value: number | null;
  onChange: (id: number | null) => void;
  label: string;
  empty: string;
  testId: string;
}) {
  const { t } = useTranslation('committee');
  const [q, setQ] = useState('');
  const shown = q ? options.filter((o) => fold(text(o)).includes(fold(q))) : options;
  // The chosen one stays in the list even when the search leaves it out.
  const chosen = options.find((o) => o.id === value);
  const list = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;
  return (
    <span className="committee-picker" data-testid={testId}>
      <input
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('picker.search')}
        aria-label={`${label} — ${t('picker.search')}`}
        data-testid={`${testId}-search`}
      />
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
        aria-label={label}
        data-testid={`${testId}-select`}
      >
        <option value="">{q && list.length === 0 ? t('picker.noMatch') : empty}</option>
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {text(o)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A labelled meeting picker (a search box narrowing a select); none chosen is allowed. */
export function MeetingField({
  value,
  onChange,
  label,
  empty,
  testId,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  label: string;
  empty: string;
  testId: string;
}) {
  const meetings = useMeetingOptions();
  return (
    <div className="field">
      {label}
      <SearchSelect options={meetings} value={value} onChange={onChange} label={label} empty={empty} testId={testId} />
    </div>
  );
}

export function MultiPicker({
  options,
  values,
  onChange,
  label,
  testId,
}: {
  options: Option[];
  values: number[];
  onChange: (ids: number[]) => void;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation('committee');
  const byId = new Map(options.map((o) => [o.id, o]));
  return (
    <div className="multi-picker" data-testid={testId}>
      <ul className="chips" aria-label={label}>
        {values.map((id) => (
          <li key={id} className="chip" data-testid={`${testId}-chip`}>
            {byId.get(id)?.label ?? `#${id}`}
            <button type="button" aria-label={t('picker.remove', { name: byId.get(id)?.label ?? id })} onClick={() => onChange(values.filter((v) => v !== id))}>
              ×
            </button>
          </li>
        ))}
        {values.length === 0 && <li className="muted">{t('none')}</li>}
      </ul>
      <SearchSelect
        options={options.filter((o) => !values.includes(o.id))}
        value={null}
        onChange={(id) => id !== null && onChange([...values, id])}
        label={label}
        empty={t('picker.add')}
        testId={`${testId}-add`}
      />
    </div>
  );
}

/** Bodies; deactivated ones (no new tasks) only when asked, e.g. for filtering. */
export function useBodyOptions(withInactive = false): Option[] {
  const bodies = useBodies();
  return (bodies.data?.bodies ?? []).filter((b) => withInactive || b.deactivatedAt === null).map((b) => ({ id: b.id, label: pick(b, 'name') }));
}

export function usePersonOptions(): Option[] {
  const people = usePeople();
  return (people.data ?? []).map((p) => ({ id: p.id, label: p.fullName, hint: p.currentRoles[0] ? pick(p.currentRoles[0], 'title') : undefined }));
}

export function usePartyOptions(): Option[] {
  const parties = useParties();
  return (parties.data ?? []).map((p) => ({ id: p.id, label: pick(p, 'name') }));
}

/** Meetings of a year (all years when none), with their first day where they are held. */
export function useMeetingOptions(year?: number): Option[] {
  const meetings = useMeetings(year ? { year: String(year) } : {});
  return (meetings.data ?? []).map((m) => ({ id: m.id, label: pick(m, 'title'), hint: day(instantIn(m.startsAt, m.hostTimeZone).toISODate()) }));
}

export function useDeliverableOptions(): Option[] {
  const list = useDeliverables('');
  return (list.data?.deliverables ?? []).map((d) => ({ id: d.id, label: pick(d, 'title'), hint: String(d.year) }));
}
