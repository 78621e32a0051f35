// The seam for the catalogue: courses, sessions, registrations and events are mirrored and
// validated by the sync, but not yet projected into the catalogue store. That store decides
// seats and waitlists in transactions of its own (store/registrationStore.ts), so a projection
// must go through its operations (create/replace a course; attendance) rather than write rows.
// Until then, the local catalogue stays the truth for these lists, and the write-back outbox
// (docs/decisions/0007-sharepoint-through-graph.md) is the direction that matters most.
import type { ListKey } from "../listDefinition.js";

export const PROJECTED_LISTS: readonly ListKey[] = ["members", "contacts"];
export const MIRRORED_ONLY_LISTS: readonly ListKey[] = ["courses", "sessions", "registrations", "events"];
