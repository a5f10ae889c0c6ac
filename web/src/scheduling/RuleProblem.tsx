/** A server problem with one rule, shown beside the field it is about: our words, then the server's specifics. */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index';
import type { ProblemTarget } from './rules-draft';

export interface PlacedProblem {
  /** Our words for it, already translated. */
  text: string;
  /** The server's specifics (English). */
  message: string;
}

/** The server's problems with a cluster's rules, looked up by what they are about. */
export interface Problems {
  /** The problems whose target matches, in our words. */
  at: (match: (target: ProblemTarget) => boolean) => PlacedProblem[];
  /** The matching targets themselves (e.g. which band rows). */
  targets: (match: (target: ProblemTarget) => boolean) => ProblemTarget[];
}

export function RuleProblem({ problems, testId }: { problems: PlacedProblem[]; testId: string }) {
  const { t } = useTranslation('scheduling');
  if (problems.length === 0) return null;
  const specifics = problems.map((p) => p.message).join('; ');
  return (
    <span className="field-error" role="alert" title={specifics} data-testid={testId}>
      {[...new Set(problems.map((p) => p.text))].join(' ') || t('rules.errors.general')}
      {currentLanguage() === 'en' && <small className="field-error-detail">{specifics}</small>}
    </span>
  );
}
