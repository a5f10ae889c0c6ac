/**
 * A native date or date-and-time input with the chosen value written out in
 * the UI language beside it ("Thursday, 12 November 2020, 08:30"). The
 * browser draws a native input in its own locale, which need not be the
 * page's: "11/12/2020" in a Vietnamese page is 12 November or 11 December
 * (docs/decisions/web-date-inputs.md). The words describe the input
 * (aria-describedby) and stay out of its label's name (aria-hidden), so a
 * screen reader hears the label, then the date once.
 */
import { useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatInputValue } from '../i18n/format';
import { useFormReset } from './useFormReset';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { type: 'date' | 'datetime-local'; 'data-testid'?: string };

export function DateInput({ type, value, defaultValue, onChange, 'aria-describedby': describedBy, 'data-testid': testId, ...rest }: Props) {
  const echoId = useId();
  const input = useRef<HTMLInputElement>(null);
  // An uncontrolled input's value, followed here; a controlled one's comes in `value`.
  const [own, setOwn] = useState(() => String(defaultValue ?? ''));
  // A form reset puts the default back without a change event (a controlled input's value is the caller's).
  useFormReset(input, (field) => setOwn(field.value));
  const shown = formatInputValue(String(value ?? own));
  const describers = [describedBy, shown ? echoId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <input
        ref={input}
        type={type}
        value={value}
        defaultValue={defaultValue}
        onChange={(e) => {
          setOwn(e.target.value);
          onChange?.(e);
        }}
        aria-describedby={describers || undefined}
        data-testid={testId}
        {...rest}
      />
      {/* A space where the input stands in a line of text (a flex column drops it). */}{' '}
      <span id={echoId} className="date-echo" aria-hidden="true" data-testid={testId && `${testId}-echo`}>
        {shown}
      </span>
    </>
  );
}
