/**
 * Each route's declared permission in the OpenAPI document, as
 * `x-permission` ('public' or a permission of the table): readers of the API
 * see who may call what, and the role-matrix test walks every documented
 * route against the permission table from it. The same declaration gives
 * the operation its `security`, as the auth hook checks it: the session
 * cookie unless the route is public, and the CSRF header for any request
 * that changes something (public ones too: sign-in, applying for a badge).
 */
import type { SwaggerTransform } from '@fastify/swagger';

const readOnly = new Set(['GET', 'HEAD', 'OPTIONS']);

function securityOf(permission: string, method: string | string[]) {
  const safe = (Array.isArray(method) ? method : [method]).every((m) => readOnly.has(m.toUpperCase()));
  const requirement = { ...(permission === 'public' ? {} : { session: [] }), ...(safe ? {} : { csrf: [] }) };
  return Object.keys(requirement).length ? [requirement] : [];
}

export function withDeclaredPermission(transform: SwaggerTransform): SwaggerTransform {
  return (input) => {
    const out = transform(input);
    const permission = input.route.config?.permission;
    if (!permission) return out;
    return { ...out, schema: { ...out.schema, 'x-permission': permission, security: securityOf(permission, input.route.method) } };
  };
}
