/**
 * A new password's field with the rule beside it, on the account page and the
 * set-password link's page. The server decides (auth/password-policy.ts: at
 * least 12 characters, not common, not personal); `minLength` only spares a
 * round trip.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function NewPasswordField({ label, value, onChange, testId }: { label: string; value: string; onChange: (value: string) => void; testId?: string }) {
  const { t } = useTranslation();
  const ruleId = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={ruleId}
        data-testid={testId}
      />
      <small id={ruleId} className="muted">
        {t('account.passwordRule')}
      </small>
    </label>
  );
}
