/**
 * Admins edit the committee's bodies in place: a new body, names in both
 * languages, deactivation (the body keeps its tasks and takes no new ones),
 * and its members with their positions.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyKinds, memberPositions } from '../../../src/server/committee/core/vocabulary';
import { fallbackLang, pick } from '../i18n/pick';
import { BilingualInputs, type Bilingual } from '../layout/BilingualInputs';
import { RequestFailure } from '../layout/QueryState';
import { ConfirmButton } from '../meetings/form-parts';
import { useAddMember, useCreateBody, useRemoveMember, useUpdateBody, useUpdateMember } from './api';
import { SearchSelect, usePersonOptions } from './pickers';
import type { Body } from './types';

export function NewBodyForm({ bodies }: { bodies: Body[] }) {
  const { t } = useTranslation('committee');
  const create = useCreateBody();
  const [kind, setKind] = useState<string>('subcommittee');
  const [name, setName] = useState<Bilingual>({ vi: '', en: '' });
  const [parentId, setParentId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ kind, nameEn: name.en, nameVi: name.vi, parentId: parentId ? Number(parentId) : null }, { onSuccess: () => setName({ vi: '', en: '' }) });
  };
  return (
    <details className="card reference-details" data-testid="body-create-toggle">
      <summary>{t('bodies.create')}</summary>
      <form className="form" onSubmit={submit} data-testid="body-create-form">
        <div className="form-row">
          <label className="field">
            {t('bodies.kindLabel')}
            <select value={kind} onChange={(e) => setKind(e.target.value)} data-testid="body-kind">
              {bodyKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`bodies.kindOne.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('bodies.parent')}
            <select value={parentId} onChange={(e) => setParentId(e.target.value)} data-testid="body-parent">
              <option value="">{t('bodies.noParent')}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id} lang={fallbackLang(b, 'name')}>
                  {pick(b, 'name')}
                </option>
              ))}
            </select>
          </label>
        </div>
        <BilingualInputs labels={{ vi: t('bodies.nameVi'), en: t('bodies.nameEn') }} value={name} onChange={setName} required testId="body-name" />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="body-create">
            {t('bodies.createButton')}
          </button>
        </div>
        {create.isSuccess && <p role="status">{t('bodies.saved')}</p>}
        <RequestFailure error={create.error} />
      </form>
    </details>
  );
}

export function BodyEditor({ body }: { body: Body }) {
  const { t } = useTranslation('committee');
  const update = useUpdateBody();
  const [name, setName] = useState<Bilingual>({ vi: body.nameVi, en: body.nameEn });
  const rename = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: body.id, nameEn: name.en, nameVi: name.vi });
  };
  const active = body.deactivatedAt === null;
  return (
    <div className="body-editor" data-testid={`body-editor-${body.slug}`}>
      <form className="form" onSubmit={rename}>
        <BilingualInputs labels={{ vi: t('bodies.nameVi'), en: t('bodies.nameEn') }} value={name} onChange={setName} required testId="body-edit-name" />
        <div className="form-actions">
          <button type="submit" className="button button-primary button-small" disabled={update.isPending} data-testid="body-rename">
            {t('bodies.save')}
          </button>
          {active ? (
            <ConfirmButton
              small
              label={t('bodies.deactivate')}
              question={t('bodies.deactivateQuestion')}
              confirmLabel={t('bodies.deactivate')}
              pending={update.isPending}
              onConfirm={() => update.mutate({ id: body.id, active: false })}
              testId="body-deactivate"
            />
          ) : (
            <button
              type="button"
              className="button button-ghost button-small"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: body.id, active: true })}
              data-testid="body-reactivate"
            >
              {t('bodies.reactivate')}
            </button>
          )}
        </div>
        <RequestFailure error={update.error} />
      </form>
      <Members body={body} />
    </div>
  );
}

function Members({ body }: { body: Body }) {
  const { t } = useTranslation('committee');
  const people = usePersonOptions();
  const add = useAddMember();
  const change = useUpdateMember();
  const remove = useRemoveMember();
  const [personId, setPersonId] = useState<number | null>(null);
  const [position, setPosition] = useState<string>('member');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (personId === null) return;
    add.mutate({ bodyId: body.id, personId, position }, { onSuccess: () => setPersonId(null) });
  };
  return (
    <section aria-label={t('bodies.members')}>
      <h3>{t('bodies.members')}</h3>
      {body.members.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="plain-list member-list">
        {body.members.map((m) => (
          <li key={m.personId} data-testid={`member-${m.personId}`}>
            <span>{m.fullName}</span>
            <select
              value={m.position}
              aria-label={t('bodies.positionOf', { name: m.fullName })}
              onChange={(e) => change.mutate({ bodyId: body.id, personId: m.personId, position: e.target.value })}
              data-testid="member-position"
            >
              {memberPositions.map((p) => (
                <option key={p} value={p}>
                  {t(`bodies.position.${p}`)}
                </option>
              ))}
            </select>
            <ConfirmButton
              small
              label={t('bodies.remove')}
              question={t('bodies.removeQuestion', { name: m.fullName })}
              confirmLabel={t('bodies.remove')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate({ bodyId: body.id, personId: m.personId })}
              testId="member-remove"
            />
          </li>
        ))}
      </ul>
      <form className="form-row member-add" onSubmit={submit}>
        <SearchSelect
          options={people}
          value={personId}
          onChange={setPersonId}
          label={t('bodies.person')}
          empty={t('bodies.choosePerson')}
          testId="member-person"
        />
        <label className="field">
          {t('bodies.positionLabel')}
          <select value={position} onChange={(e) => setPosition(e.target.value)} data-testid="member-new-position">
            {memberPositions.map((p) => (
              <option key={p} value={p}>
                {t(`bodies.position.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-small" disabled={personId === null || add.isPending} data-testid="member-add">
            {t('bodies.addMember')}
          </button>
        </div>
      </form>
      <RequestFailure error={add.error ?? change.error ?? remove.error} />
    </section>
  );
}
