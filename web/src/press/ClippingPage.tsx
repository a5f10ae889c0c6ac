/**
 * One clipping to read in full — clean text, outlet and original link, the
 * date as printed (no invented time; an ambiguous date marked), language,
 * linked meetings and people in the UI's language, the same story from other
 * outlets — and to correct: a corrected field stays corrected through re-imports.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePeople } from '../api/queries';
import { MeetingPicker } from '../documents/pickers';
import { ErrorState, Loading, PageError } from '../layout/QueryState';
import { formatPublished } from './format';
import { useClipping, useCorrectClipping, type ClippingDetail, type Correction } from './monitoring-api';
import { DateInput } from '../layout/DateInput';
import { CHAIR_ZONE } from '../../../src/server/domain/chairmanship';

function localDay(iso: string, zone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

function CorrectionForm({ clipping, onDone }: { clipping: ClippingDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation('press');
  const correct = useCorrectClipping(clipping.id);
  const people = usePeople();
  const zone = clipping.publishedZone?.includes('/') ? clipping.publishedZone : CHAIR_ZONE;
  const printed = clipping.publishedAt ? localDay(clipping.publishedAt, zone) : null;
  const [headline, setHeadline] = useState(clipping.title);
  const [day, setDay] = useState(printed?.day ?? '');
  const [time, setTime] = useState(clipping.publishedPrecision === 'minute' ? (printed?.time ?? '') : '');
  const [author, setAuthor] = useState(clipping.author ?? '');
  const [body, setBody] = useState(clipping.body);
  const [meetingIds, setMeetingIds] = useState(clipping.meetings.map((m) => m.id));
  const [personIds, setPersonIds] = useState(clipping.people.map((p) => p.id));
  const [adding, setAdding] = useState('');
  const [addingPerson, setAddingPerson] = useState('');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const change: Correction = {};
    if (headline.trim() !== clipping.title) change.headline = headline.trim();
    const newDay = day || null;
    const newTime = time || null;
    if (newDay !== (printed?.day ?? null) || (newDay && newTime !== (clipping.publishedPrecision === 'minute' ? printed?.time : null))) {
      change.published = newDay ? { day: newDay, time: newTime, zone } : null;
    }
    if ((author.trim() || null) !== clipping.author) change.author = author.trim() || null;
    if (body !== clipping.body) change.body = body;
    const same = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));
    if (
      !same(
        meetingIds,
        clipping.meetings.map((m) => m.id),
      )
    )
      change.meetingIds = meetingIds;
    if (
      !same(
        personIds,
        clipping.people.map((p) => p.id),
      )
    )
      change.personIds = personIds;
    if (Object.keys(change).length === 0) return onDone();
    correct.mutate(change, { onSuccess: onDone });
  };
  const personName = (id: number) => people.data?.find((p) => p.id === id)?.fullName ?? clipping.people.find((p) => p.id === id)?.name ?? String(id);
  const meetingName = (id: number) => {
    const m = clipping.meetings.find((x) => x.id === id);
    return m ? (i18n.resolvedLanguage === 'vi' ? m.nameVi : m.name) : `#${id}`;
  };

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="clipping-correct">
      <label className="field">
        {t('clipping.headline')}
        <input value={headline} onChange={(e) => setHeadline(e.target.value)} required maxLength={500} name="headline" />
      </label>
      <div className="row-wrap">
        <label className="field">
          {t('clipping.day')}
          <DateInput type="date" value={day} onChange={(e) => setDay(e.target.value)} name="day" />
        </label>
        <label className="field">
          {t('clipping.time')}
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} name="time" />
        </label>
      </div>
      <small className="muted">{t('clipping.timeHint')}</small>
      <label className="field">
        {t('clipping.author')}
        <input value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={300} name="author" />
      </label>
      <label className="field">
        {t('clipping.body')}
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={12} name="body" />
      </label>
      <fieldset>
        <legend>{t('clipping.meetings')}</legend>
        <p className="badges">
          {meetingIds.map((id) => (
            <button
              key={id}
              type="button"
              className="badge badge-type-meeting"
              onClick={() => setMeetingIds(meetingIds.filter((m) => m !== id))}
              aria-label={t('clipping.remove', { name: meetingName(id) })}
            >
              {meetingName(id)} ×
            </button>
          ))}
        </p>
        <MeetingPicker
          label={t('clipping.addMeeting')}
          value={adding}
          blank={t('clipping.choose')}
          onChange={(id) => {
            if (id && !meetingIds.includes(Number(id))) setMeetingIds([...meetingIds, Number(id)]);
            setAdding('');
          }}
        />
      </fieldset>
      <fieldset>
        <legend>{t('clipping.people')}</legend>
        <p className="badges">
          {personIds.map((id) => (
            <button
              key={id}
              type="button"
              className="badge badge-type-person"
              onClick={() => setPersonIds(personIds.filter((p) => p !== id))}
              aria-label={t('clipping.remove', { name: personName(id) })}
            >
              {personName(id)} ×
            </button>
          ))}
        </p>
        <label className="field">
          {t('clipping.addPerson')}
          <select
            value={addingPerson}
            onChange={(e) => {
              const id = Number(e.target.value);
              if (id && !personIds.includes(id)) setPersonIds([...personIds, id]);
              setAddingPerson('');
            }}
          >
            <option value="">{t('clipping.choose')}</option>
            {people.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {correct.isError && <ErrorState error={correct.error} />}
      <div className="row-wrap">
        <button className="button button-primary" type="submit" disabled={correct.isPending} data-testid="clipping-save">
          {t('clipping.save')}
        </button>
        <button className="button" type="button" onClick={onDone}>
          {t('clipping.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ClippingPage() {
  const { t, i18n } = useTranslation('press');
  const id = Number(useParams().id);
  const clipping = useClipping(id);
  const [editing, setEditing] = useState(false);
  if (clipping.isPending) return <Loading />;
  if (clipping.isError) return <PageError error={clipping.error} />;
  const c = clipping.data;
  const lang = i18n.resolvedLanguage;
  const published = formatPublished(c, lang);
  const corrected = (field: string) =>
    (c.correctedFields as string[]).includes(field) && (
      <span className="badge" title={t('clipping.correctedHint')}>
        {t('clipping.corrected')}
      </span>
    );

  return (
    <section className="clipping-page">
      <p>
        <Link to="/press/monitoring">← {t('monitoring.title')}</Link>
      </p>
      <h1 data-testid="clipping-headline">
        {c.title} {corrected('headline')}
      </h1>
      <dl className="facts">
        <dt>{t('clipping.outlet')}</dt>
        <dd>
          {c.outlet}
          {c.sourceUrl && (
            <>
              {' · '}
              <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer nofollow" data-testid="clipping-original">
                {t('clipping.original')}
              </a>
            </>
          )}
        </dd>
        <dt>{t('clipping.published')}</dt>
        <dd data-testid="clipping-date">
          {published ?? t('monitoring.dateUnknown')}
          {c.publishedAmbiguous && (
            <span className="badge badge-warning" title={t('clipping.ambiguousHint')} data-testid="clipping-ambiguous">
              {t('clipping.ambiguous')}
            </span>
          )}
          {c.datelineText && <small className="muted"> ({t('clipping.printed', { text: c.datelineText })})</small>} {corrected('publishedAt')}
        </dd>
        <dt>{t('clipping.author')}</dt>
        <dd data-testid="clipping-author">
          {c.author ?? '—'} {corrected('author')}
        </dd>
        <dt>{t('clipping.language')}</dt>
        <dd>{t(`clipping.lang.${c.language}`, { defaultValue: c.language })}</dd>
      </dl>
      {(c.meetings.length > 0 || c.people.length > 0) && (
        <p className="badges" data-testid="clipping-links">
          {c.meetings.map((m) => (
            <Link key={m.id} className="badge badge-type-meeting" to={`/meetings/${m.id}`} title={m.alias || undefined}>
              {lang === 'vi' ? m.nameVi : m.name}
            </Link>
          ))}
          {c.people.map((p) => (
            <Link key={p.id} className="badge badge-type-person" to={`/people/${p.id}`}>
              {p.name}
            </Link>
          ))}
        </p>
      )}
      {c.syndicated.length > 0 && (
        <div className="card" data-testid="clipping-syndicated">
          <h2>{t('clipping.syndicated')}</h2>
          <ul>
            {c.syndicated.map((s) => (
              <li key={s.id}>
                <Link to={`/press/monitoring/clippings/${s.id}`}>{s.outlet}</Link>: {s.title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editing ? (
        <CorrectionForm clipping={c} onDone={() => setEditing(false)} />
      ) : (
        <>
          <button className="button" type="button" onClick={() => setEditing(true)} data-testid="clipping-edit">
            {t('clipping.correct')}
          </button>
          <article className="card clipping-body" lang={c.language} data-testid="clipping-body">
            {corrected('body')}
            {c.body.split(/\n{2,}/).map((p, n) => (
              <p key={n}>{p}</p>
            ))}
          </article>
        </>
      )}
    </section>
  );
}
