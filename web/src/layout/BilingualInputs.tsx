/**
 * A datum the domain keeps in both languages (a name, a theme, a note),
 * entered side by side: Vietnamese first, each input marked with its `lang`
 * so spell checkers and screen readers use the right language.
 */
export interface Bilingual {
  vi: string;
  en: string;
}

export function BilingualInputs({
  labels,
  value,
  onChange,
  required = false,
  testId,
}: {
  labels: Bilingual;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  required?: boolean;
  /** The inputs are `${testId}-vi` and `${testId}-en`. */
  testId: string;
}) {
  return (
    <div className="form-row">
      {(['vi', 'en'] as const).map((lang) => (
        <label className="field" key={lang}>
          {labels[lang]}
          <input
            lang={lang}
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
            required={required}
            data-testid={`${testId}-${lang}`}
          />
        </label>
      ))}
    </div>
  );
}
