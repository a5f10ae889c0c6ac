/**
 * The order the unit, API and browser test files start in. Two workers share the files; a file
 * that takes a fifth of the run and starts last leaves one worker idle while
 * the other finishes it. vitest puts the files it has timed before longest
 * first, but a fresh clone (CI, a new worktree) has no timings, and then it
 * starts the largest files first: the walks over every route (route spellings,
 * no 500s) are short files with the longest runs.
 *
 * So the files known to run longest start first, in this order, whatever the
 * cache says; the others follow in vitest's own order. A file missing from the
 * list only starts later: the list changes when a timing shows it should
 * (`npx vitest run --project api --reporter=json`, each file's duration).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest API test files, longest first (measured 2026-12-06, clean-clone CI, both engines). */
const longestApi = [
  'tests/api/no-500.test.ts',
  'tests/api/route-spellings-roles.test.ts',
  'tests/api/route-spellings.test.ts',
  'tests/api/backup.test.ts',
  'tests/api/live-events.test.ts',
  'tests/api/scheduling-rules.test.ts',
  'tests/api/scheduling-explain.test.ts',
  'tests/api/scheduling.test.ts',
  'tests/api/role-matrix.test.ts',
  'tests/api/sign-in-security.test.ts',
  'tests/api/pglite-checkpoints.test.ts',
  'tests/api/factories.test.ts',
  'tests/api/documents-files.test.ts',
  'tests/api/press-sources.test.ts',
  'tests/api/scheduling-clusters.test.ts',
  'tests/api/mail-templates.test.ts',
];

/** The longest unit test files, longest first (the solver's; measured 2026-12-06). */
const longestUnit = [
  'src/server/scheduling/mip-rows.test.ts',
  'src/server/scheduling/proof.test.ts',
  'src/server/scheduling/amm53.test.ts',
  'src/server/scheduling/heuristic-parts.test.ts',
  'src/server/scheduling/explain.test.ts',
  'src/server/scheduling/optimize.test.ts',
];

/** The longest browser test files, longest first (measured 2026-12-06, clean-clone CI). */
const longestE2e = [
  'tests/e2e/accessibility-phone.test.ts',
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/scheduling.test.ts',
  'tests/e2e/page-access.test.ts',
  'tests/e2e/languages.test.ts',
  'tests/e2e/room.test.ts',
  'tests/e2e/account-security.test.ts',
  'tests/e2e/keyboard.test.ts',
  'tests/e2e/invitation.test.ts',
  'tests/e2e/documents.test.ts',
  'tests/e2e/press.test.ts',
];

const longestFiles: Record<string, readonly string[]> = { unit: longestUnit, api: longestApi, e2e: longestE2e };

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification) => {
      const list = longestFiles[spec.project.name] ?? [];
      const i = list.indexOf(spec.moduleId.slice(root.length + 1));
      return i < 0 ? list.length : i;
    };
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    // Projects stay in vitest's order (they run one after the other); within a project, its list first.
    const projectOrder = new Map<string, number>();
    for (const spec of sorted) if (!projectOrder.has(spec.project.name)) projectOrder.set(spec.project.name, projectOrder.size);
    const out = [...sorted].sort(
      (a, b) => projectOrder.get(a.project.name)! - projectOrder.get(b.project.name)! || rank(a) - rank(b) || position.get(a)! - position.get(b)!,
    );
    return out;
  }
}
