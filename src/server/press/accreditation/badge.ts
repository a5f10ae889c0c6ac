/**
 * A journalist's badge as PDF, for the download and for the approval e-mail:
 * the signed token, the application's facts and its photo (none once purged).
 */
import type { DbOrTx } from '../../db/client.js';
import { absoluteUrl } from '../../http/public-url.js';
import { badgePdf } from '../badges/pdf.js';
import { badgeKey, signBadge } from '../badges/token.js';
import { applicationPhoto, getApplication } from './queries.js';

export async function journalistBadge(db: DbOrTx, applicationId: number, publicUrl: string): Promise<{ pdf: Buffer; token: string } | null> {
  const application = await getApplication(db, applicationId);
  if (!application) return null;
  const photo = await applicationPhoto(db, application.id);
  const token = await signBadge(await badgeKey(db), { kind: 'journalist', id: application.id, scope: application.eventId });
  const pdf = await badgePdf({
    kind: 'journalist',
    fullName: application.fullName,
    lines: [application.outlet, application.nationality],
    eventTitleEn: application.eventTitleEn,
    eventTitleVi: application.eventTitleVi,
    photo: photo?.photo ?? null,
    token,
    verifyUrl: absoluteUrl(publicUrl, '/verify'),
    number: application.id,
  });
  return { pdf, token };
}
