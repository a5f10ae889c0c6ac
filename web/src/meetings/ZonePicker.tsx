/**
 * Whose clock the calendar shows: the reader's own zone, or any delegation's
 * (kept in the URL as ?zone=<party code>). Each choice is named by the party
 * and its zone as people read it ("New Zealand — Auckland, UTC+12").
 */
import { useTranslation } from 'react-i18next';
import type { Party } from '../api/types';
import { zoneLabel } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';

interface Props {
  parties: Party[];
  /** The chosen party's code, or '' for the reader's own zone. */
  value: string;
  ownZone: string;
  /** The instant whose offsets are shown (summer time differs). */
  at: string | undefined;
  onChange: (code: string) => void;
}

const groups = ['member', 'partner'] as const;

export function ZonePicker({ parties, value, ownZone, at, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const collator = new Intl.Collator(i18n.resolvedLanguage);
  const byName = (a: Party, b: Party) => collator.compare(pick(a, 'name'), pick(b, 'name'));
  const option = (p: Party) => (
    <option key={p.code} value={p.code} lang={fallbackLang(p, 'name')}>
      {pick(p, 'name')} — {zoneLabel(p.timeZone, at)}
    </option>
  );
  const others = parties.filter((p) => !(groups as readonly string[]).includes(p.kind)).sort(byName);
  return (
    <label className="field zone-picker">
      <span>{t('calendar.zonePicker')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="zone-picker">
        <option value="">{t('calendar.ownZone', { zone: zoneLabel(ownZone, at) })}</option>
        {groups.map((kind) => (
          <optgroup key={kind} label={t(`calendar.zoneGroup.${kind}`)}>
            {parties
              .filter((p) => p.kind === kind)
              .sort(byName)
              .map(option)}
          </optgroup>
        ))}
        {others.length > 0 && <optgroup label={t('calendar.zoneGroup.other')}>{others.map(option)}</optgroup>}
      </select>
    </label>
  );
}
