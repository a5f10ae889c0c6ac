/**
 * A nomination's life: pending review → approved or rejected; the liaison or
 * the secretariat may withdraw it while it holds a seat; a substitution marks
 * it replaced and puts the substitute in its seat. Approved is the only
 * status with a valid badge: a withdrawn or replaced nominee's badge reads
 * "revoked" at the door.
 */
export const nominationStatuses = ['pending', 'approved', 'rejected', 'withdrawn', 'replaced'] as const;
export type NominationStatus = (typeof nominationStatuses)[number];

export const nominationActions = ['approve', 'reject', 'withdraw', 'substitute'] as const;
export type NominationAction = (typeof nominationActions)[number];

const TRANSITIONS: Record<NominationAction, { from: readonly NominationStatus[]; to: NominationStatus }> = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  withdraw: { from: ['pending', 'approved'], to: 'withdrawn' },
  substitute: { from: ['pending', 'approved'], to: 'replaced' },
};

export const holdsSeat = (status: NominationStatus) => status === 'pending' || status === 'approved';

/** The status an action leads to from `status`, or null when it may not be taken. */
export function nextStatus(status: NominationStatus, action: NominationAction): NominationStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/**
 * A substitute takes the replaced nominee's role and seat. The secretariat
 * records substitutions it has agreed to, so theirs are approved at once; a
 * liaison's substitute waits for review like any nominee.
 */
export const substituteStatus = (bySecretariat: boolean): NominationStatus => (bySecretariat ? 'approved' : 'pending');
