/** Which year of the fairness ledger is shown (the chair's ledger, a liaison's own line). */
import { useTranslation } from 'react-i18next';

export function YearPicker({ years, value, onChange, testId }: { years: readonly number[]; value: number; onChange: (year: number) => void; testId: string }) {
  const { t } = useTranslation('scheduling');
  return (
    <label className="field">
      {t('ledger.year')}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
