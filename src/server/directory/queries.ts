/** Reading a party's applications with their steps; the state is derived (partner-history.ts). */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { meetings } from '../db/schema.js';
import { applicationState } from './partner-history.js';
import { partnerApplications, partnerApplicationSteps } from './schema.js';
import type { ApplicationView } from './schemas.js';

/** `meetingVisible`: the asker's meeting predicate; a step at a meeting they may not see names no meeting. */
export async function listApplications(db: DbOrTx, partyId: number, meetingVisible: SQL | undefined): Promise<ApplicationView[]> {
  const apps = await db.select().from(partnerApplications).where(eq(partnerApplications.partyId, partyId)).orderBy(asc(partnerApplications.id));
  if (!apps.length) return [];
  const steps = await db
    .select({
      step: partnerApplicationSteps,
      meetingId: meetings.id,
      meetingTitleEn: meetings.titleEn,
      meetingTitleVi: meetings.titleVi,
    })
    .from(partnerApplicationSteps)
    .leftJoin(meetings, and(eq(meetings.id, partnerApplicationSteps.meetingId), meetingVisible))
    .where(
      inArray(
        partnerApplicationSteps.applicationId,
        apps.map((a) => a.id),
      ),
    )
    .orderBy(asc(partnerApplicationSteps.takenOn), asc(partnerApplicationSteps.id));
  return apps.map((a) => {
    const own = steps.filter((s) => s.step.applicationId === a.id);
    return {
      id: a.id,
      soughtStatus: a.soughtStatus,
      state: applicationState(own.map((s) => ({ kind: s.step.kind, on: s.step.takenOn }))),
      steps: own.map((s) => ({
        id: s.step.id,
        kind: s.step.kind,
        on: s.step.takenOn,
        noteEn: s.step.noteEn,
        noteVi: s.step.noteVi,
        meeting:
          s.meetingId !== null && s.meetingTitleEn !== null && s.meetingTitleVi !== null
            ? { id: s.meetingId, titleEn: s.meetingTitleEn, titleVi: s.meetingTitleVi }
            : null,
      })),
    };
  });
}
