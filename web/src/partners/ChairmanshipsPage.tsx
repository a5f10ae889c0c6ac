/**
 * Chairmanship years with their themes and handovers, and the rotation: the
 * alphabetical order rule with the recorded exceptions. Admins record a year
 * and edit its theme and handover here.
 */
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useChairmanships, useParties } from '../api/queries';
import type { Chairmanships } from '../api/types';
import { canEditReference, useUser } from '../auth/session';
import { MeetingField } from '../committee/pickers';
import { formatDay } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { BilingualInputs, type Bilingual } from '../layout/BilingualInputs';
import { Loading, PageError, RequestFailure } from '../layout/QueryState';
import { useCreateChairmanship, useUpdateChairmanship } from './api';
import { ScrollRegion } from '../layout/ScrollRegion';
import { DateInput } from '../layout/DateInput';

type Year = Chairmanships['chairmanships'][number];

export function ChairmanshipsPage() {
  const { t } = useTranslation('partners');
  const data = useChairmanships();
  const editor = canEditReference(useUser());
  const [editing, setEditing] = useState<number | null>(null);
  if (data.isPending) return <Loading />;
  if (data.isError) return <PageError error={data.error} onRetry={() => void data.refetch()} />;
  const { chairmanships, rotation } = data.data;
  return (
    <article className="chairmanships">
      <h1>{t('chairmanships.title')}</h1>
      <section className="card">
        <h2>{t('chairmanships.years')}</h2>
        <ol className="chair-years">
          {[...chairmanships].reverse().map((c) => (
            <li key={c.year} data-testid={`chairmanship-${c.year}`}>
              <p className="chair-year-head">
                <strong>{c.year}</strong> · <Picked of={c.chair} field="name" />
                {editor && (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-expanded={editing === c.year}
                    onClick={() => setEditing(editing === c.year ? null : c.year)}
                    data-testid="chairmanship-edit"
                  >
                    {editing === c.year ? t('chairmanships.close') : t('chairmanships.edit')}
                  </button>
                )}
              </p>
              <p>
                <em>
                  “<Picked of={c} field="theme" />”
                </em>
              </p>
              <Handover year={c} />
              {editing === c.year && <YearForm existing={c} onDone={() => setEditing(null)} />}
            </li>
          ))}
        </ol>
        {editor && (
          <details className="reference-details" data-testid="chairmanship-form-toggle">
            <summary>{t('chairmanships.add')}</summary>
            <YearForm />
          </details>
        )}
      </section>
      <section className="card">
        <h2>{t('chairmanships.rotation')}</h2>
        <p className="muted">{t('chairmanships.rotationHint')}</p>
        <ScrollRegion label={t('chairmanships.rotation')}>
          <table className="table" data-testid="rotation">
            <thead>
              <tr>
                <th scope="col">{t('chairmanships.year')}</th>
                <th scope="col">{t('chairmanships.chair')}</th>
                <th scope="col">{t('chairmanships.basisLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {rotation.map((r) => (
                <tr key={r.year} data-testid={`rotation-${r.year}`}>
                  <td>{r.year}</td>
                  <td>
                    <Picked of={r.chair} field="name" />
                    {r.chair.code !== r.ruleChair.code && (
                      <span className="muted small">
                        {' '}
                        — <Trans t={t} i18nKey="chairmanships.byRule" components={{ chair: <Picked of={r.ruleChair} field="name" /> }} />
                      </span>
                    )}
                  </td>
                  <td>
                    <span className={`badge badge-rotation-${r.basis}`}>{t(`chairmanships.basis.${r.basis}`, { year: r.swappedWith })}</span>
                    {r.basis === 'recorded' && r.chair.code !== r.ruleChair.code && (
                      <span className="badge badge-rotation-exception">{t('chairmanships.exception')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </article>
  );
}

function Handover({ year }: { year: Year }) {
  const { t } = useTranslation('partners');
  const h = year.handover;
  if (!h) return <p className="muted small">{t('chairmanships.noHandover')}</p>;
  return (
    <div className="handover" data-testid="handover">
      <p className="small">
        <strong>{t('chairmanships.handover')}</strong>
        {h.from && (
          <>
            {' · '}
            <Trans t={t} i18nKey="chairmanships.handoverFrom" components={{ from: <Picked of={h.from} field="name" /> }} />
          </>
        )}
        {h.on && <> · {formatDay(h.on)}</>}
        {h.meeting && (
          <>
            {' · '}
            <Link to={`/meetings/${h.meeting.id}`}>
              <Picked of={h.meeting} field="title" />
            </Link>
          </>
        )}
      </p>
      {(h.eventEn || h.eventVi) && (
        <p className="small">
          <Picked of={h} field="event" />
        </p>
      )}
    </div>
  );
}

/** A new year (no `existing`) or an existing year's chair, theme and handover. */
function YearForm({ existing, onDone }: { existing?: Year; onDone?: () => void }) {
  const { t } = useTranslation('partners');
  const parties = useParties();
  const create = useCreateChairmanship();
  const update = useUpdateChairmanship();
  const write = existing ? update : create;
  const members = (parties.data ?? []).filter((p) => p.kind === 'member');
  const [year, setYear] = useState(existing ? String(existing.year) : '');
  const [chairPartyId, setChair] = useState(() => String(members.find((m) => m.code === existing?.chair.code)?.id ?? ''));
  const [theme, setTheme] = useState<Bilingual>({ vi: existing?.themeVi ?? '', en: existing?.themeEn ?? '' });
  const [handoverOn, setOn] = useState(existing?.handover?.on ?? '');
  const [handoverMeetingId, setMeeting] = useState<number | null>(existing?.handover?.meeting?.id ?? null);
  const [event, setEvent] = useState<Bilingual>({ vi: existing?.handover?.eventVi ?? '', en: existing?.handover?.eventEn ?? '' });
  // The chair of an existing year is known once the parties have loaded.
  const chair = chairPartyId || String(members.find((m) => m.code === existing?.chair.code)?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = {
      chairPartyId: Number(chair),
      themeVi: theme.vi,
      themeEn: theme.en,
      handoverOn: handoverOn || null,
      handoverMeetingId,
      handoverEventVi: event.vi,
      handoverEventEn: event.en,
    };
    if (existing) update.mutate({ year: existing.year, ...fields }, { onSuccess: onDone });
    else create.mutate({ year: Number(year), ...fields });
  };
  return (
    <form className="form reference-form" onSubmit={submit} data-testid={existing ? 'chairmanship-edit-form' : 'chairmanship-form'}>
      <div className="form-row">
        {!existing && (
          <label className="field">
            {t('chairmanships.year')}
            <input
              type="number"
              inputMode="numeric"
              min={1967}
              max={2200}
              value={year}
              onChange={(e) => setYear(e.target.value)}
              required
              data-testid="chair-year"
            />
          </label>
        )}
        <label className="field">
          {t('chairmanships.chair')}
          <select value={chair} onChange={(e) => setChair(e.target.value)} required data-testid="chair-party">
            <option value="">{t('chairmanships.chooseChair')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id} lang={fallbackLang(m, 'name')}>
                {pick(m, 'name')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BilingualInputs labels={{ vi: t('chairmanships.themeVi'), en: t('chairmanships.themeEn') }} value={theme} onChange={setTheme} required testId="theme" />
      <div className="form-row">
        <label className="field">
          {t('chairmanships.handoverOn')}
          <DateInput type="date" value={handoverOn} onChange={(e) => setOn(e.target.value)} data-testid="handover-on" />
        </label>
        <MeetingField
          value={handoverMeetingId}
          onChange={setMeeting}
          label={t('chairmanships.handoverMeeting')}
          empty={t('form.noMeeting')}
          testId="handover-meeting"
        />
      </div>
      <BilingualInputs labels={{ vi: t('chairmanships.eventVi'), en: t('chairmanships.eventEn') }} value={event} onChange={setEvent} testId="event" />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={write.isPending} data-testid="chairmanship-save">
          {t('chairmanships.save')}
        </button>
      </div>
      {create.isSuccess && !existing && <p role="status">{t('form.saved')}</p>}
      <RequestFailure error={write.error} />
    </form>
  );
}
