/**
 * The generated parts of docs/security.md: the role × capability matrix from
 * the permission table, and the routes each permission guards from the
 * OpenAPI document. `npm run docs:security` writes them; tests fail when the
 * file differs from what these functions make. Pure.
 */
import { roles, type Role } from '../domain/vocabulary.js';
import { permissions, permissionSummaries, type Permission } from './permissions.js';
import { roleGroups } from './roles.js';

export const roleTitles: Record<Role, string> = {
  admin: 'admin',
  secretariat: 'secretariat',
  committee_member: 'committee member',
  ministry_focal_point: 'ministry focal point',
  delegation_liaison: 'delegation liaison',
  press_officer: 'press officer',
  journalist: 'journalist',
};

const yes = '●';

export function renderMatrix(): string {
  const head = ['capability', 'permission', 'anonymous', ...roles.map((r) => roleTitles[r])];
  const rows = [
    ['Public pages and API (portal, calendar, directory, search, public documents)', '`public`', yes, ...roles.map(() => yes)],
    ...(Object.keys(permissions) as Permission[]).map((p) => {
      const allowed: readonly Role[] = permissions[p];
      return [permissionSummaries[p], `\`${p}\``, '', ...roles.map((r) => (allowed.includes(r) ? yes : ''))];
    }),
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i < 2 ? '---' : ':-:'))), ...rows.map(line)].join('\n');
}

export function renderRoleGroups(): string {
  return (Object.keys(roleGroups) as Array<keyof typeof roleGroups>).map((g) => `- \`${g}\`: ${roleGroups[g].map((r) => roleTitles[r]).join(', ')}`).join('\n');
}

export interface DocumentedOperation {
  method: string;
  path: string;
  permission: string;
}

/** The OpenAPI document's operations with their x-permission. */
export function operationsOf(doc: { paths: Record<string, Record<string, { 'x-permission'?: string }>> }): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, permission: op['x-permission'] ?? '(none)' })),
  );
}

export function renderRoutes(operations: DocumentedOperation[]): string {
  const order = ['public', ...Object.keys(permissions)];
  const byPermission = new Map<string, string[]>();
  for (const op of operations) byPermission.set(op.permission, [...(byPermission.get(op.permission) ?? []), `\`${op.method} ${op.path}\``]);
  const keys = [...byPermission.keys()].sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999) || a.localeCompare(b));
  return keys.map((k) => `- **${k}** (${byPermission.get(k)!.length}): ${[...byPermission.get(k)!].sort().join(', ')}`).join('\n');
}

const start = (name: string) => `<!-- generated:${name} (npm run docs:security; do not edit by hand) -->`;
const end = (name: string) => `<!-- /generated:${name} -->`;

/** The generated section's text, or null when the file has no such section. */
export function sectionOf(doc: string, name: string): string | null {
  const from = doc.indexOf(start(name));
  const to = doc.indexOf(end(name));
  if (from < 0 || to < from) return null;
  return doc.slice(from + start(name).length, to).trim();
}

export function withSection(doc: string, name: string, content: string): string {
  const from = doc.indexOf(start(name));
  const to = doc.indexOf(end(name));
  if (from < 0 || to < from) throw new Error(`docs/security.md has no section '${name}'`);
  return `${doc.slice(0, from)}${start(name)}\n${content}\n${doc.slice(to)}`;
}

export const generatedSections = { matrix: renderMatrix, groups: renderRoleGroups } as const;
