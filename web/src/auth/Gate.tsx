/**
 * Pages that are wholly for one permission are refused before they render:
 * the reader sees a refusal page (an h1, who the page is for, what to do,
 * a way to sign in) and none of the page's forms. The rule is the server's
 * own permission table (`may`), so the page and its API agree.
 */
import type { ReactNode } from 'react';
import { Outlet } from 'react-router-dom';
import type { Permission } from '../../../src/server/auth/permissions';
import { Loading, PageError, RefusalPage } from '../layout/QueryState';
import { may, useSession } from './session';

export function Gate({
  permission,
  message,
  testId,
  hint,
  children,
}: {
  permission: Permission;
  /** The page's own sentence for the refusal. */
  message?: string;
  /** The refusal's test id for a signed-in reader. */
  testId?: string;
  /** A way on for a reader who is refused (e.g. a liaison's own page). */
  hint?: ReactNode;
  children: ReactNode;
}) {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <PageError error={session.error} onRetry={() => void session.refetch()} />;
  if (!may(session.data.user, permission)) {
    return (
      <RefusalPage permission={permission} message={message} testId={testId}>
        {hint}
      </RefusalPage>
    );
  }
  return <>{children}</>;
}

/** The route element around every route whose page is wholly for `permission` (App.tsx). */
export function RequirePermission({ permission }: { permission: Permission }) {
  return (
    <Gate permission={permission}>
      <Outlet />
    </Gate>
  );
}
