/**
 * Saving a cluster's scheduling rules: checked against the cluster (each
 * problem names its field), then against the scheduling model itself, and
 * written in one transaction with its change-log event.
 */
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../http/errors.js';
import { loadCluster } from './queries.js';
import { validateRules } from './rules.js';
import type { ClusterRulesBody } from './schemas.js';
import { scheduleClusterRules, type StoredClusterRules } from './schema.js';
import { validateInstance } from './validate.js';

/** Drops what says nothing (empty lists, empty overrides) and writes instants one way, so that equal rules compare equal. */
export function normalizeRules(body: ClusterRulesBody): StoredClusterRules {
  const comfort = Object.fromEntries(
    Object.entries(body.comfort ?? {})
      .map(([code, c]) => [code, { ...(c.timeZone ? { timeZone: c.timeZone } : {}), ...(c.bands ? { bands: c.bands } : {}) }] as const)
      .filter(([, c]) => Object.keys(c).length > 0),
  );
  return {
    fixedMeetingIds: [...new Set(body.fixedMeetingIds)],
    precedences: body.precedences,
    nightAllowedParties: [...new Set(body.nightAllowedParties)],
    ...(body.principalBufferMinutes !== undefined ? { principalBufferMinutes: body.principalBufferMinutes } : {}),
    ...(body.principalDailyCapMinutes !== undefined ? { principalDailyCapMinutes: body.principalDailyCapMinutes } : {}),
    ...(body.window ? { window: body.window } : {}),
    ...(body.allowedRanges?.length
      ? { allowedRanges: body.allowedRanges.map((r) => ({ meetingId: r.meetingId, from: new Date(r.from).toISOString(), to: new Date(r.to).toISOString() })) }
      : {}),
    ...(Object.keys(comfort).length ? { comfort } : {}),
  };
}

export async function saveClusterRules(db: Db, actor: Actor, clusterId: number, body: ClusterRulesBody): Promise<void> {
  const rules = normalizeRules(body);
  await db.transaction(async (tx) => {
    const before = await loadCluster(tx, clusterId);
    if (!before) throw notFound('Cluster');
    const problems = validateRules(rules, before.context);
    if (problems.length) throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), problems);
    // The rules passed; anything the model still refuses is a rule the editor does not know about yet.
    const after = await loadCluster(tx, clusterId, { rules });
    const left = validateInstance(after!.instance);
    if (left.length)
      throw new AppError(
        'validation_failed',
        left.map((p) => p.message).join('; '),
        left.map((p) => ({ path: `rules.${p.path}`, message: p.message })),
      );
    await tx.insert(scheduleClusterRules).values({ clusterId, rules }).onConflictDoUpdate({ target: scheduleClusterRules.clusterId, set: { rules } });
    await recordChange(tx, actor, {
      entityType: 'schedule_cluster_rules',
      entityId: clusterId,
      action: 'update',
      changes: { rules: { from: before.rules, to: rules } },
    });
  });
}
