/**
 * Each route's declared permission in the OpenAPI document, as
 * `x-permission` ('public' or a permission of the table): readers of the API
 * see who may call what, and the role-matrix test walks every documented
 * route against the permission table from it.
 */
import type { SwaggerTransform } from '@fastify/swagger';

export function withDeclaredPermission(transform: SwaggerTransform): SwaggerTransform {
  return (input) => {
    const out = transform(input);
    const permission = input.route.config?.permission;
    return permission ? { ...out, schema: { ...out.schema, 'x-permission': permission } } : out;
  };
}
