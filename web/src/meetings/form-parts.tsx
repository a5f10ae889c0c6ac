/**
 * Pieces shared by the meeting and delegation forms: server errors placed
 * next to the field they name, a zone input checked against the browser's
 * Intl (its options and lookup in zones.ts), and a two-step confirmation for
 * destructive actions.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { zoneLabel } from '../i18n/format';
import { currentLanguage } from '../i18n/index';
import { ErrorDetails, ErrorState } from '../layout/QueryState';
import { normalizeZone, zoneOfLabel, zoneOptions } from './zones';

type Detail = { path: string; message: string };

/** The server's field details grouped by field; details naming no known field stay in `rest`. */
export function splitDetails(error: unknown, fields: readonly string[]): { byField: Record<string, Detail[]>; rest: Detail[] } {
  const byField: Record<string, Detail[]> = {};
  const rest: Detail[] = [];
  if (!(error instanceof ApiError)) return { byField, rest };
  for (const detail of error.details) {
    const field = fields.find((f) => detail.path === f || detail.path.startsWith(`${f}.`));
    if (field) (byField[field] ??= []).push(detail);
    else rest.push(detail);
  }
  return { byField, rest };
}

/** A problem with one field: our words for the error code, then the server's specifics. */
export function FieldError({ name, error, details, local }: { name: string; error: unknown; details?: Detail[]; local?: string | null }) {
  const { t } = useTranslation();
  if (local) {
    return (
      <span className="field-error" role="alert" data-testid={`field-error-${name}`}>
        {local}
      </span>
    );
  }
  if (!details?.length || !(error instanceof ApiError)) return null;
  // The server's specifics are in English: shown as text in English, as a tooltip otherwise.
  const specifics = details.map((d) => d.message).join('; ');
  return (
    <span className="field-error" role="alert" title={specifics} data-testid={`field-error-${name}`}>
      {t(`formErrors.field.${error.code}`, { defaultValue: t('formErrors.invalid') })}
      {currentLanguage() === 'en' && <small className="field-error-detail">{specifics}</small>}
    </span>
  );
}

/** What could not be placed next to a field: the heading, the leftover details, or the generic error state. */
export function SaveError({ error, rest, failed }: { error: unknown; rest: Detail[]; failed: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
    return (
      <div className="state state-error" role="alert" data-testid="save-error">
        <strong>{failed}</strong> {t(`formErrors.summary.${error.code}`, { defaultValue: t('formErrors.seeFields') })}
        {rest.length > 0 && <ErrorDetails details={rest} />}
      </div>
    );
  }
  return <ErrorState error={error} />;
}

/** What a zone input shows for a value: a known zone by its label (its offset at `at`), anything else as typed. */
function shownZone(value: string, at: string | undefined): string {
  const zone = normalizeZone(value);
  return zone ? zoneLabel(zone, at) : value;
}

/**
 * A zone, shown and suggested by city and offset ("Auckland, UTC+12"), never as the raw IANA id.
 * The suggestions (some 470 zones) are in the page only while the field has focus: a table of
 * 27 delegations' zones would otherwise carry 27 copies, 12,000 elements the browser lays out
 * and a screen reader or an accessibility check walks for nothing.
 * `value` and `onChange` carry the zone's id ('Pacific/Auckland'); an id typed by hand is taken
 * too (shown as its label once the field is left), and anything else is passed on as typed for
 * the caller to validate. `label` names it where no visible label does (a table cell). `at`, an
 * instant, is when the offsets are read (a meeting's start: DST may differ from today's); now without.
 */
export function ZoneInput({
  value,
  onChange,
  testId,
  invalid,
  label,
  at,
}: {
  value: string;
  onChange: (zone: string) => void;
  testId: string;
  invalid: boolean;
  label?: string;
  at?: string;
}) {
  const listId = useId();
  const [focused, setFocused] = useState(false);
  const [text, setText] = useState(() => shownZone(value, at));
  // The value last passed on: a different one comes from outside (a party picked, a saved profile) and is shown.
  const [passed, setPassed] = useState(value);
  // The instant of the offsets shown: when it moves (a new start typed), a label shown is written anew.
  const [shownAt, setShownAt] = useState(at);
  if (value !== passed || at !== shownAt) {
    // Text typed by hand stays as typed when only the instant moves.
    const relabel = value !== passed || text === shownZone(passed, shownAt);
    setPassed(value);
    setShownAt(at);
    if (relabel) setText(shownZone(value, at));
  }
  return (
    <>
      <input
        value={text}
        onChange={(e) => {
          const typed = e.target.value;
          const zone = zoneOfLabel(typed, at) ?? typed;
          setText(typed);
          setPassed(zone);
          onChange(zone);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setText(shownZone(passed, at));
        }}
        list={focused ? listId : undefined}
        required
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-label={label}
        data-testid={testId}
      />
      {focused && (
        <datalist id={listId}>
          {zoneOptions(at).map(([zone, name]) => (
            <option key={zone} value={name} />
          ))}
        </datalist>
      )}
    </>
  );
}

/** A destructive button that asks once more, in place, before acting. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  pending,
  onConfirm,
  testId,
  small,
}: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  testId: string;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const size = small ? ' button-small' : '';
  if (!asking) {
    return (
      <button type="button" className={`button button-danger-ghost${size}`} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group">
      <span className="confirm-question">{question}</span>
      <button type="button" className={`button button-danger${size}`} disabled={pending} onClick={onConfirm} data-testid={`${testId}-confirm`}>
        {confirmLabel}
      </button>
      <button type="button" className={`button button-ghost${size}`} disabled={pending} onClick={() => setAsking(false)}>
        {t('meetingForm.keep')}
      </button>
    </span>
  );
}

/** A select over one of the closed vocabularies, labelled through `<labelPrefix>.<value>`. */
export function VocabularySelect<T extends string>({
  values,
  value,
  onChange,
  labelPrefix,
  testId,
  placeholder,
  isDisabled,
}: {
  values: readonly T[];
  value: T | '';
  onChange: (value: T) => void;
  labelPrefix: string;
  testId: string;
  /** Shown first, disabled, while nothing is chosen. */
  placeholder?: string;
  /** Values listed but not choosable now (e.g. statuses the meeting cannot move to). */
  isDisabled?: (value: T) => boolean;
}) {
  const { t } = useTranslation();
  return (
    <select required={placeholder !== undefined} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
      {placeholder !== undefined && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {values.map((v) => (
        <option key={v} value={v} disabled={isDisabled?.(v) ?? false}>
          {t(`${labelPrefix}.${v}`)}
        </option>
      ))}
    </select>
  );
}
