/**
 * The fake GitHub's collaborators: a user's permission on the repository
 * (`GET /repos/{o}/{r}/collaborators/{username}/permission`), from the roles tests seed.
 *
 * GitHub answers `permission` in the legacy base roles (`admin`, `write`, `read`, `none`: `maintain` maps to
 * `write`, `triage` to `read`) and `role_name` with the role itself. A user GitHub knows who has no access is
 * seeded as `none` (200, `permission: none`); a login that is no user gets 404.
 */
import {
  type Handler,
  type HandlerContext,
  type HandlerResult,
  notFound,
  simpleUser,
} from './github-handlers.js';
import type { GitHubServer } from './github-server.js';

/** A repository role (the built-in ones), or `none`: a user GitHub knows, without access. */
export type CollaboratorRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

const BASE_ROLE: Record<CollaboratorRole, 'admin' | 'write' | 'read' | 'none'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export const collaboratorHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': permissionOf,
};

export function seedCollaborator(server: GitHubServer, login: string, role: CollaboratorRole): void {
  server.state.collaborators.set(login, role);
}

/** Logins are case-insensitive on GitHub; the answer spells the login as seeded. */
function permissionOf(ctx: HandlerContext): HandlerResult {
  const wanted = (ctx.params.username ?? '').toLowerCase();
  const found = [...ctx.state.collaborators].find(([login]) => login.toLowerCase() === wanted);
  if (!found) return notFound(ctx);
  const [login, role] = found;
  const base = BASE_ROLE[role];
  const user = {
    ...simpleUser(ctx.server, login),
    permissions: {
      pull: base !== 'none',
      triage: base !== 'none' && role !== 'read',
      push: base === 'write' || base === 'admin',
      maintain: role === 'maintain' || role === 'admin',
      admin: role === 'admin',
    },
    role_name: role,
  };
  return { status: 200, body: { permission: base, role_name: role, user } };
}
