/**
 * Loads the demo registry in bulk: reference codes from the same numbering
 * rule, and each document's timeline checked step by step against the
 * workflow state machine.
 */
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { meetings } from '../../db/schema.js';
import { deliverableIdsBySlug, linkDeliverables } from '../../documents-committee/deliverables.js';
import type { ModuleSeed } from '../../demo/seed.js';
import type { DemoRefs } from '../../demo/refs.js';
import { searchTextOf } from '../../search/normalize.js';
import { documentCounters, documentProposers, documents, documentTransitions } from '../schema.js';
import { formatCode, seriesFor, type CodeSeries } from '../numbering.js';
import { typeCodes, type DocumentStatus } from '../vocabulary.js';
import { finalStatusOf, transition, type WorkflowDocument } from '../workflow.js';
import { demoDocuments, type DemoDocument } from './items.js';

const DAY = 86_400_000;

function pathTo(d: DemoDocument): DocumentStatus[] {
  const road: DocumentStatus[] = ['draft', 'circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended'];
  if (d.status === 'withdrawn') return ['draft', 'circulated', 'withdrawn'];
  const i = road.indexOf(d.status);
  if (i >= 0) return road.slice(0, i + 1);
  return [...road, d.finalAction ? finalStatusOf[d.finalAction] : d.status];
}

export const documentsSeed: ModuleSeed = {
  name: 'documents',
  async load(tx: Tx, refs: DemoRefs) {
    const keys = [...new Set(demoDocuments.map((d) => d.meeting))];
    const found = await tx.select({ id: meetings.id, slug: meetings.slug, startsAt: meetings.startsAt }).from(meetings).where(inArray(meetings.slug, keys));
    const meetingBy = new Map(found.map((m) => [m.slug!, m]));
    const secretariat = await refs.user('secretariat@gavel.demo');
    const partyIds = new Map<string, number>();
    for (const code of new Set(demoDocuments.flatMap((d) => d.proposers))) partyIds.set(code, await refs.party(code));

    // Each document numbered in the series its final state calls for, as if
    // it had been renumbered when it opened up (numbering.ts).
    const counters = new Map<string, number>();
    const rows = demoDocuments.map((d) => {
      const m = meetingBy.get(d.meeting);
      if (!m) throw new Error(`Demo document refers to unknown meeting '${d.meeting}'`);
      const series = seriesFor({ confidentiality: d.confidentiality ?? 'members', status: pathTo(d).at(-1)! });
      const counterKey = `${m.id}:${d.type}:${series}`;
      const n = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, n);
      const referenceCode = formatCode(d.meeting.toUpperCase(), typeCodes[d.type], series, n);
      return { d, m, referenceCode };
    });

    const inserted = await tx
      .insert(documents)
      .values(
        rows.map(({ d, m, referenceCode }) => ({
          referenceCode,
          titleEn: d.titleEn,
          titleVi: d.titleVi,
          type: d.type,
          pillar: d.pillar,
          leadBodyEn: d.leadBodyEn ?? null,
          leadBodyVi: d.leadBodyVi ?? null,
          actingMeetingId: m.id,
          intendedAction: d.action,
          finalAction: d.finalAction ?? (['adopted', 'noted', 'issued'].includes(d.status) ? d.action : null),
          finalActionReason: d.reason ?? null,
          status: pathTo(d).at(-1)!,
          confidentiality: d.confidentiality ?? 'members',
          searchText: searchTextOf([referenceCode, d.titleEn, d.titleVi, d.leadBodyEn, d.leadBodyVi]),
          createdAt: new Date(m.startsAt.getTime() - 40 * DAY),
          updatedAt: m.startsAt,
        })),
      )
      .returning({ id: documents.id, referenceCode: documents.referenceCode });
    const idOf = new Map(inserted.map((r) => [r.referenceCode, r.id]));

    const proposerRows = rows.flatMap(({ d, referenceCode }) =>
      d.proposers.map((code) => ({ documentId: idOf.get(referenceCode)!, partyId: partyIds.get(code)! })),
    );
    if (proposerRows.length) await tx.insert(documentProposers).values(proposerRows);

    const steps = rows.flatMap(({ d, m, referenceCode }) => {
      const path = pathTo(d);
      const start = m.startsAt.getTime();
      let state: WorkflowDocument = { status: 'draft', intendedAction: d.action, actingMeetingId: m.id, silenceDeadline: null };
      return path.map((to, i) => {
        const at = new Date(start - (path.length - 1 - i) * 7 * DAY);
        if (i > 0) {
          const r = transition(state, { to, actor: ['secretariat'], now: at, reason: d.reason });
          if (!r.ok) throw new Error(`Demo document ${referenceCode}: ${r.message}`);
          state = { ...state, ...r.patch };
        }
        return {
          documentId: idOf.get(referenceCode)!,
          fromStatus: i === 0 ? null : path[i - 1]!,
          toStatus: to,
          actorUserId: secretariat,
          meetingId: m.id,
          comment: i === path.length - 1 && d.reason ? d.reason : null,
          occurredAt: at,
        };
      });
    });
    for (let i = 0; i < steps.length; i += 500) await tx.insert(documentTransitions).values(steps.slice(i, i + 500));

    // The committee's deliverables some documents serve (the committee's demo loads first).
    const served = rows.filter(({ d }) => d.deliverables?.length);
    if (served.length) {
      const bySlug = await deliverableIdsBySlug(
        tx,
        served.flatMap(({ d }) => d.deliverables!),
      );
      await linkDeliverables(
        tx,
        served.flatMap(({ d, referenceCode }) =>
          d.deliverables!.map((slug) => {
            const deliverableId = bySlug.get(slug);
            if (deliverableId === undefined) throw new Error(`Demo document ${referenceCode} refers to unknown deliverable '${slug}'`);
            return { documentId: idOf.get(referenceCode)!, deliverableId };
          }),
        ),
      );
    }

    await tx.insert(documentCounters).values(
      [...counters].map(([key, lastNumber]) => {
        const [meetingId, type, series] = key.split(':') as [string, string, CodeSeries];
        return { meetingId: Number(meetingId), type, series, lastNumber };
      }),
    );
  },
};
