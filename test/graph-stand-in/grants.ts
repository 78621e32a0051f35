// Sites.Selected: an app with this permission reaches a site only after an admin grants it a
// role on that site (read, write, manage or fullcontrol; "Create permission" on a site,
// https://learn.microsoft.com/graph/api/site-post-permissions), and creating lists and columns
// needs manage (list-post-columns: Sites.Manage.All). Anything else is answered 403 with the
// body Graph sends for it: {"error":{"code":"accessDenied","message":"Access denied",...}}
// (seen for an app with Sites.Selected and no grant: github.com/acsone/msgraphfs/issues/9).
export type SiteRole = "none" | "read" | "write" | "manage" | "fullcontrol";

const RANK: Record<SiteRole, number> = { none: 0, read: 1, write: 2, manage: 3, fullcontrol: 4 };

/** The role a request on the site needs. */
function needed(method: string, path: string): SiteRole {
  if (method === "GET") return "read";
  if (/\/lists$/.test(path) || /\/lists\/[^/]+\/columns(\/[^/]+)?$/.test(path)) return "manage";
  return "write";
}

export const grantAllows = (role: SiteRole, method: string, path: string): boolean => RANK[role] >= RANK[needed(method, path)];
