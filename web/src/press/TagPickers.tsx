/** Tagging an article with meetings, people and outcome documents: chips to remove, a list or a search to add. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';

export interface Chip {
  id: number;
  label: string;
}

function Chips({ chips, onRemove, testId }: { chips: Chip[]; onRemove: (id: number) => void; testId: string }) {
  const { t } = useTranslation('press');
  return (
    <ul className="plain tag-chips" data-testid={testId}>
      {chips.map((c) => (
        <li key={c.id} className="badge">
          {c.label}
          <button type="button" className="chip-remove" aria-label={t('tags.remove', { name: c.label })} onClick={() => onRemove(c.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Tags chosen from a known list (meetings, people). */
export function ListTagPicker({
  label,
  options,
  selected,
  onChange,
  testId,
}: {
  label: string;
  options: Chip[];
  selected: Chip[];
  onChange: (chips: Chip[]) => void;
  testId: string;
}) {
  const { t } = useTranslation('press');
  const chosen = new Set(selected.map((c) => c.id));
  return (
    <fieldset className="field tag-picker">
      <legend>{label}</legend>
      <Chips chips={selected} onRemove={(id) => onChange(selected.filter((c) => c.id !== id))} testId={`${testId}-chips`} />
      <select
        aria-label={t('tags.add', { what: label })}
        data-testid={testId}
        value=""
        onChange={(e) => {
          const option = options.find((o) => o.id === Number(e.target.value));
          if (option) onChange([...selected, option]);
        }}
      >
        <option value="">{t('tags.choose')}</option>
        {options
          .filter((o) => !chosen.has(o.id))
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
      </select>
    </fieldset>
  );
}

interface FoundDocument {
  id: number;
  referenceCode: string;
  titleEn: string;
  titleVi: string;
}

/** Outcome documents found by words or reference code (the registry's search, as the officer may see it). */
export function DocumentTagPicker({ selected, onChange }: { selected: Chip[]; onChange: (chips: Chip[]) => void }) {
  const { t } = useTranslation('press');
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['documents', 'tag-search', q],
    queryFn: () => api.get<{ documents: FoundDocument[] }>(`/documents${query({ q, limit: 8 })}`).then((r) => r.documents),
    enabled: q.trim().length >= 2,
  });
  const chosen = new Set(selected.map((c) => c.id));
  return (
    <fieldset className="field tag-picker">
      <legend>{t('tags.documents')}</legend>
      <Chips chips={selected} onRemove={(id) => onChange(selected.filter((c) => c.id !== id))} testId="article-documents-chips" />
      <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('tags.searchDocuments')} data-testid="article-document-search" />
      {found.data && (
        <ul className="plain tag-results">
          {found.data.length === 0 && <li className="muted">{t('tags.noDocuments')}</li>}
          {found.data
            .filter((d) => !chosen.has(d.id))
            .map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange([...selected, { id: d.id, label: `${d.referenceCode} · ${pick(d, 'title')}` }])}
                >
                  <span className="muted small">{d.referenceCode}</span> <Picked of={d} field="title" />
                </button>
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
