/** A card holding one table under its heading (and a hint): the heading also names the table's scroll box (ScrollRegion). */
import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';

export function TableCard({ heading, hint, testId, children }: { heading: string; hint?: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <section className="card" data-testid={testId}>
      <h2>{heading}</h2>
      {hint && <p className="hint">{hint}</p>}
      <ScrollRegion label={heading}>{children}</ScrollRegion>
    </section>
  );
}
