/** The rules editor's delegations: where each joins from, whether it accepts night sessions, and its own comfort bands. */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ZoneInput } from '../meetings/form-parts';
import type { ClusterView } from './api';
import { RuleProblem } from './RuleProblem';
import { clock, quarterHours, type BandDraft, type ComfortDraft, type RulesDraft } from './rules-draft';
import type { Problems } from './RuleProblem';
import { TableCard } from '../layout/TableCard';

interface Props {
  cluster: ClusterView;
  draft: RulesDraft;
  edit: (change: (d: RulesDraft) => RulesDraft) => void;
  problems: Problems;
}

export function RulesComfort({ cluster, draft, edit, problems }: Props) {
  const { t } = useTranslation('scheduling');
  const [open, setOpen] = useState<string | null>(null);
  const setComfort = (code: string, change: (c: ComfortDraft) => ComfortDraft) =>
    edit((d) => ({ ...d, comfort: { ...d.comfort, [code]: change(d.comfort[code]!) } }));
  const defaults = (): BandDraft[] =>
    cluster.defaults.bands.map((b) => ({
      from: b.fromMinute,
      to: b.toMinute,
      cost: b.costPerMinute === null ? '' : String(b.costPerMinute),
      forbidden: b.costPerMinute === null,
    }));

  return (
    <TableCard heading={t('rules.comfort.heading')} hint={t('rules.comfort.hint')}>
      <table className="table" data-testid="rules-comfort">
        <thead>
          <tr>
            <th>{t('rules.comfort.delegation')}</th>
            <th>{t('rules.comfort.joinsFrom')}</th>
            <th>{t('rules.comfort.night')}</th>
            <th>{t('rules.comfort.bands')}</th>
          </tr>
        </thead>
        <tbody>
          {cluster.parties.map((p) => {
            const c = draft.comfort[p.code]!;
            const zoneProblems = problems.at((x) => x.kind === 'party' && x.code === p.code && x.field !== 'bands');
            const bandProblems = problems.at((x) => x.kind === 'party' && x.code === p.code && x.field === 'bands');
            return (
              <Fragment key={p.code}>
                <tr data-testid={`rules-party-${p.code}`}>
                  <td>
                    <Picked of={p} field="name" />
                  </td>
                  <td>
                    <ZoneInput
                      value={c.timeZone}
                      onChange={(zone) => setComfort(p.code, (x) => ({ ...x, timeZone: zone }))}
                      testId={`rules-zone-${p.code}`}
                      invalid={zoneProblems.length > 0}
                      label={t('rules.comfort.zoneLabel', { delegation: pick(p, 'name') })}
                      at={cluster.meetings[0]?.startsAt}
                    />
                    <RuleProblem problems={zoneProblems} testId={`rules-error-zone-${p.code}`} />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      checked={c.night}
                      aria-label={t('rules.comfort.nightLabel', { delegation: pick(p, 'name') })}
                      onChange={(e) => setComfort(p.code, (x) => ({ ...x, night: e.target.checked }))}
                      data-testid={`rules-night-${p.code}`}
                    />
                  </td>
                  <td>
                    <span className="small">{c.custom ? t('rules.comfort.custom') : t('rules.comfort.default')}</span>
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={open === p.code}
                      onClick={() => setOpen(open === p.code ? null : p.code)}
                      data-testid={`rules-bands-${p.code}`}
                    >
                      {t('rules.comfort.edit')}
                    </button>
                    <RuleProblem problems={bandProblems} testId={`rules-error-bands-${p.code}`} />
                  </td>
                </tr>
                {open === p.code && (
                  <tr className="schedule-why">
                    <td colSpan={4}>
                      <BandsEditor
                        code={p.code}
                        comfort={c}
                        badRows={
                          new Set(
                            problems
                              .targets((x) => x.kind === 'party' && x.code === p.code && x.field === 'bands')
                              .map((x) => (x.kind === 'party' ? (x.band ?? -1) : -1)),
                          )
                        }
                        onChange={(change) => setComfort(p.code, change)}
                        defaults={defaults}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableCard>
  );
}

/** A time of day on the quarter hour (minutes since midnight), as a band's edge. */
function QuarterHourSelect({
  value,
  disabled,
  label,
  onChange,
  testId,
}: {
  value: number;
  disabled: boolean;
  label: string;
  onChange: (minute: number) => void;
  testId: string;
}) {
  return (
    <select value={value} disabled={disabled} aria-label={label} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
      {quarterHours.map((m) => (
        <option key={m} value={m}>
          {clock(m)}
        </option>
      ))}
    </select>
  );
}

function BandsEditor({
  code,
  comfort,
  badRows,
  onChange,
  defaults,
}: {
  code: string;
  comfort: ComfortDraft;
  badRows: Set<number>;
  onChange: (change: (c: ComfortDraft) => ComfortDraft) => void;
  defaults: () => BandDraft[];
}) {
  const { t } = useTranslation('scheduling');
  const setBand = (i: number, change: Partial<BandDraft>) =>
    onChange((c) => ({ ...c, custom: true, bands: c.bands.map((b, k) => (k === i ? { ...b, ...change } : b)) }));
  return (
    <div className="rules-bands" data-testid={`rules-bands-editor-${code}`}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={comfort.custom}
          onChange={(e) => onChange((c) => ({ ...c, custom: e.target.checked, bands: e.target.checked ? c.bands : defaults() }))}
          data-testid={`rules-custom-${code}`}
        />{' '}
        {t('rules.comfort.useCustom')}
      </label>
      <table className="table">
        <thead>
          <tr>
            <th>{t('rules.comfort.from')}</th>
            <th>{t('rules.comfort.to')}</th>
            <th>{t('rules.comfort.forbidden')}</th>
            <th>{t('rules.comfort.cost')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {comfort.bands.map((b, i) => (
            <tr key={i} className={badRows.has(i) ? 'rules-bad' : ''} data-testid={`rules-band-${code}-${i}`}>
              <td>
                <QuarterHourSelect
                  value={b.from}
                  disabled={!comfort.custom}
                  label={t('rules.comfort.from')}
                  onChange={(minute) => setBand(i, { from: minute })}
                  testId={`rules-band-from-${code}-${i}`}
                />
              </td>
              <td>
                <QuarterHourSelect
                  value={b.to}
                  disabled={!comfort.custom}
                  label={t('rules.comfort.to')}
                  onChange={(minute) => setBand(i, { to: minute })}
                  testId={`rules-band-to-${code}-${i}`}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={b.forbidden}
                  disabled={!comfort.custom}
                  aria-label={t('rules.comfort.forbidden')}
                  onChange={(e) => setBand(i, { forbidden: e.target.checked })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={1000}
                  className="rules-minutes"
                  value={b.forbidden ? '' : b.cost}
                  disabled={!comfort.custom || b.forbidden}
                  aria-label={t('rules.comfort.cost')}
                  onChange={(e) => setBand(i, { cost: e.target.value })}
                />
              </td>
              <td>
                {comfort.custom && comfort.bands.length > 1 && (
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    onClick={() => onChange((c) => ({ ...c, bands: c.bands.filter((_, k) => k !== i) }))}
                  >
                    {t('rules.comfort.removeBand')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comfort.custom && (
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            onChange((c) => ({ ...c, bands: [...c.bands, { from: c.bands[c.bands.length - 1]?.to ?? 0, to: 1440, cost: '0', forbidden: false }] }))
          }
        >
          {t('rules.comfort.addBand')}
        </button>
      )}
    </div>
  );
}
