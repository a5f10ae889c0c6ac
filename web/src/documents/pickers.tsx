/**
 * Choosing meetings, parties and documents by name instead of typing ids:
 * a meeting select narrowed by a filter box, a party checklist, and a
 * document search that adds related documents.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../src/server/search/normalize';
import { useMeetings, useParties } from '../api/queries';
import type { MeetingSummary, Party } from '../api/types';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { useDeliverableOptions, useDocuments, type DeliverableRef } from './api';
import { offered } from './offered';
import { formatDate } from './when';

const meetingLabel = (m: Pick<MeetingSummary, 'titleEn' | 'titleVi' | 'startsAt'>) => `${pick(m, 'title')} — ${formatDate(m.startsAt)}`;

/** A meeting by name: type part of its name (diacritics ignored) to narrow the list. */
export function MeetingPicker(props: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** The first option, meaning "none" or "all". */
  blank: string;
  excludeId?: number;
  /** Only meetings starting after this instant, and not cancelled (deferring goes to a later meeting). */
  after?: string;
  disabled?: boolean;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('documents');
  const meetings = useMeetings({});
  const [filter, setFilter] = useState('');
  const lang = currentLanguage();
  const filterId = useId();
  const groups = useMemo(() => {
    const words = foldText(filter).split(' ').filter(Boolean);
    const byYear = new Map<string, MeetingSummary[]>();
    for (const m of meetings.data ?? []) {
      if (!offered(m, props)) continue;
      const haystack = foldText(`${m.titleEn} ${m.titleVi} ${m.seriesCode} ${m.edition ?? ''}`);
      // Keep the chosen meeting in the list, so the select still shows it.
      if (String(m.id) !== props.value && !words.every((w) => haystack.includes(w))) continue;
      const year = m.startsAt.slice(0, 4);
      byYear.set(year, [...(byYear.get(year) ?? []), m]);
    }
    return [...byYear];
    // Labels follow the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetings.data, filter, props.excludeId, props.after, props.value, lang]);
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);
  return (
    <div className="field picker">
      <label htmlFor={`${filterId}-select`}>{props.label}</label>
      <div className="picker-controls">
        <input
          id={filterId}
          type="search"
          className="picker-filter"
          value={filter}
          disabled={props.disabled}
          placeholder={t('pickers.filterMeetings')}
          aria-label={t('pickers.filterMeetingsLabel', { field: props.label })}
          onChange={(e) => setFilter(e.target.value)}
          data-testid={props.testId ? `${props.testId}-filter` : undefined}
        />
        <select
          id={`${filterId}-select`}
          value={props.value}
          disabled={props.disabled}
          required={props.required}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
        >
          <option value="">{filter && !shown ? t('pickers.noMeeting') : props.blank}</option>
          {groups.map(([year, list]) => (
            <optgroup key={year} label={year}>
              {list.map((m) => (
                <option key={m.id} value={m.id}>
                  {meetingLabel(m)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}

const kindOrder: Party['kind'][] = ['member', 'partner', 'observer', 'secretariat', 'body', 'guest'];

/** Parties ticked in a list: ASEAN members first, then partners and others. */
export function PartiesPicker(props: { label: string; value: number[]; onChange: (ids: number[]) => void; disabled?: boolean; testId?: string }) {
  const parties = useParties();
  const sorted = useMemo(
    () => [...(parties.data ?? [])].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.code.localeCompare(b.code)),
    [parties.data],
  );
  const toggle = (id: number, on: boolean) => props.onChange(on ? [...props.value, id] : props.value.filter((v) => v !== id));
  return (
    <fieldset className="field picker-checklist" disabled={props.disabled} data-testid={props.testId}>
      <legend>{props.label}</legend>
      <div className="checklist">
        {sorted.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={props.value.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} value={p.code} />
            <span>
              <Picked of={p} field="name" /> <span className="muted">{p.code}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface DocumentRef {
  id: number;
  referenceCode: string;
  titleEn: string;
  titleVi: string;
}

/**
 * Chosen items as removable chips, a search box, and up to a few matches to
 * add: the shape both the related-documents and the deliverables pickers share.
 */
function ChipSearch<T extends { id: number }>(props: {
  label: string;
  value: T[];
  onChange: (list: T[]) => void;
  disabled?: boolean;
  q: string;
  setQ: (q: string) => void;
  /** Matches for q, without the chosen ones. */
  options: T[];
  /** Shown when a search finished with nothing to add. */
  nothingFound: string | null;
  placeholder: string;
  labelOf: (item: T) => string;
  testIds: { root: string; search: string; option: string };
}) {
  const { t } = useTranslation('documents');
  const id = useId();
  return (
    <div className="field picker" data-testid={props.testIds.root}>
      <label htmlFor={id}>{props.label}</label>
      {props.value.length > 0 && (
        <ul className="chips">
          {props.value.map((item) => (
            <li key={item.id} className="chip">
              <span>{props.labelOf(item)}</span>
              <button
                type="button"
                disabled={props.disabled}
                aria-label={t('pickers.remove', { name: props.labelOf(item) })}
                onClick={() => props.onChange(props.value.filter((v) => v.id !== item.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="search"
        value={props.q}
        disabled={props.disabled}
        placeholder={props.placeholder}
        onChange={(e) => props.setQ(e.target.value)}
        data-testid={props.testIds.search}
      />
      {props.options.length > 0 && (
        <ul className="picker-results">
          {props.options.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => (props.onChange([...props.value, item]), props.setQ(''))}
                data-testid={props.testIds.option}
              >
                {props.labelOf(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.nothingFound && <span className="hint">{props.nothingFound}</span>}
    </div>
  );
}

/** Related documents: the chosen ones as chips, and a search to add more. */
export function DocumentsPicker(props: {
  label: string;
  value: DocumentRef[];
  onChange: (docs: DocumentRef[]) => void;
  excludeId: number;
  disabled?: boolean;
}) {
  const { t } = useTranslation('documents');
  const [q, setQ] = useState('');
  const found = useDocuments({ q: q.trim(), limit: 8 });
  const chosen = new Set(props.value.map((d) => d.id));
  const options = q.trim() ? (found.data?.documents ?? []).filter((d) => d.id !== props.excludeId && !chosen.has(d.id)) : [];
  return (
    <ChipSearch
      {...props}
      q={q}
      setQ={setQ}
      options={options}
      nothingFound={q.trim() && found.isSuccess && !options.length ? t('pickers.noDocument') : null}
      placeholder={t('pickers.findDocument')}
      labelOf={(d) => `${d.referenceCode} · ${pick(d, 'title')}`}
      testIds={{ root: 'related-picker', search: 'related-search', option: 'related-option' }}
    />
  );
}

/** The committee's deliverables a document serves: chosen ones as chips, a filter box to add more. */
export function DeliverablesPicker(props: { label: string; value: DeliverableRef[]; onChange: (list: DeliverableRef[]) => void; disabled?: boolean }) {
  const { t } = useTranslation('documents');
  const [q, setQ] = useState('');
  const all = useDeliverableOptions(!props.disabled);
  const chosen = new Set(props.value.map((d) => d.id));
  const words = foldText(q).split(' ').filter(Boolean);
  const options = words.length
    ? (all.data ?? []).filter((d) => !chosen.has(d.id) && words.every((w) => foldText(`${d.titleEn} ${d.titleVi}`).includes(w))).slice(0, 8)
    : [];
  return (
    <ChipSearch
      {...props}
      q={q}
      setQ={setQ}
      options={options}
      nothingFound={words.length > 0 && all.isSuccess && !options.length ? t('pickers.noDeliverable') : null}
      placeholder={t('pickers.findDeliverable')}
      labelOf={(d) => pick(d, 'title')}
      testIds={{ root: 'deliverables-picker', search: 'deliverables-search', option: 'deliverable-option' }}
    />
  );
}
