// Every HTTP route of the API, in one place. The Functions app registers apiRoutes; the local
// host serves apiRoutes plus localModeRoutes.
import { getMember } from "./handlers/getMember.js";
import { health } from "./handlers/health.js";
import { localToken, localUsers } from "./handlers/localIdentity.js";
import { me } from "./handlers/me.js";
import { searchMembers } from "./handlers/searchMembers.js";
import type { Route } from "./http/route.js";

export const apiRoutes: Route[] = [health, me, searchMembers, getMember];

export const localModeRoutes: Route[] = [localUsers, localToken];
