/**
 * Roles with the scopes they need: a delegation liaison's party (a press
 * officer's, if any) and a focal point's committee bodies. The server
 * decides; the form only shows the scope fields a chosen role uses.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Options } from '../layout/Options';
import { roleNames, type Grant, type Named } from './types';

export function GrantFields({ value, onChange, idPrefix }: { value: Grant; onChange: (g: Grant) => void; idPrefix: string }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const parties = useQuery({ queryKey: ['parties'], queryFn: () => api.get<{ parties: Array<Named & { code: string }> }>('/parties') });
  const bodies = useQuery({ queryKey: ['committee', 'bodies'], queryFn: () => api.get<{ bodies: Named[] }>('/committee/bodies') });
  const speaksForParty = value.roles.includes('delegation_liaison') || value.roles.includes('press_officer');
  const focal = value.roles.includes('ministry_focal_point');
  const toggle = (role: (typeof roleNames)[number]) => {
    const roles = value.roles.includes(role) ? value.roles.filter((r) => r !== role) : [...value.roles, role];
    const keepsParty = roles.includes('delegation_liaison') || roles.includes('press_officer');
    onChange({ roles, partyId: keepsParty ? value.partyId : null, bodyIds: roles.includes('ministry_focal_point') ? value.bodyIds : [] });
  };
  return (
    <>
      <fieldset className="field">
        <legend>{t('roles')}</legend>
        <div className="checks">
          {roleNames.map((role) => (
            <label key={role} className="check">
              <input type="checkbox" checked={value.roles.includes(role)} onChange={() => toggle(role)} data-testid={`${idPrefix}-role-${role}`} />{' '}
              {tc(`role.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {speaksForParty && (
        <label className="field">
          <span>{t('party')}</span>
          <select
            value={value.partyId ?? ''}
            onChange={(e) => onChange({ ...value, partyId: e.target.value ? Number(e.target.value) : null })}
            data-testid={`${idPrefix}-party`}
          >
            <Options items={parties.data?.parties} field="name" blank={t('choose')} />
          </select>
        </label>
      )}
      {focal && (
        <label className="field">
          <span>{t('bodies')}</span>
          <select
            multiple
            value={value.bodyIds.map(String)}
            onChange={(e) => onChange({ ...value, bodyIds: [...e.target.selectedOptions].map((o) => Number(o.value)) })}
            data-testid={`${idPrefix}-bodies`}
          >
            <Options items={bodies.data?.bodies} field="name" />
          </select>
        </label>
      )}
    </>
  );
}
