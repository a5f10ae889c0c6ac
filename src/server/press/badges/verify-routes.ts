/**
 * The door's check of a badge token, for journalists and delegates alike:
 * "forged" when the signature fails or names nothing of ours, "revoked" when
 * the accreditation is no longer approved (cancelled, withdrawn, replaced by
 * a substitute), else "valid" with what the door needs to compare.
 */
import type { z } from 'zod';
import { type App, type Deps } from '../../http/types.js';
import { getApplication } from '../accreditation/queries.js';
import { getNomination } from '../delegates/queries.js';
import { badgeKey, readBadge, type BadgeClaim } from './token.js';
import { verifyQuery, verifyResult } from './schemas.js';
import { routes } from '../../http/route.js';

type VerifyResult = z.infer<typeof verifyResult>;

const FORGED: VerifyResult = { status: 'forged' };

export function verifyRoutes(app: App, { database: { db } }: Deps): void {
  const route = routes(app, ['press: accreditation', 'delegates']);
  const check = async (claim: BadgeClaim): Promise<VerifyResult> => {
    if (claim.kind === 'journalist') {
      const application = await getApplication(db, claim.id);
      if (!application || application.eventId !== claim.scope) return FORGED;
      const { fullName, outlet, nationality, eventTitleEn, eventTitleVi } = application;
      return { status: application.status === 'approved' ? 'valid' : 'revoked', kind: claim.kind, fullName, outlet, nationality, eventTitleEn, eventTitleVi };
    }
    const nomination = await getNomination(db, claim.id);
    if (!nomination || nomination.partyId !== claim.scope) return FORGED;
    return {
      status: nomination.status === 'approved' ? 'valid' : 'revoked',
      kind: claim.kind,
      fullName: nomination.fullName,
      position: nomination.position,
      role: nomination.role,
      delegationEn: nomination.partyNameEn,
      delegationVi: nomination.partyNameVi,
      eventTitleEn: nomination.scopeTitleEn,
      eventTitleVi: nomination.scopeTitleVi,
    };
  };

  route.get(
    '/api/press/verify',
    {
      permission: 'public',
      summary: "The door's check of a journalist's or a delegate's badge token: valid, revoked or forged",
      querystring: verifyQuery,
      response: { 200: verifyResult },
    },
    async (request) => {
      const claim = await readBadge(await badgeKey(db), request.query.token.trim());
      return claim ? check(claim) : FORGED;
    },
  );
}
