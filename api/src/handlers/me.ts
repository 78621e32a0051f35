// GET /api/me: who the API thinks the caller is (the tabs show it, and decide what to offer),
// and the member the directory knows her by (the registration form asks only when it does not).
import type { Me } from "../contract/index.js";
import { json, type Handler } from "../http/route.js";

export const me: Handler<"user"> = async ({ caller, services }) => {
  const memberId = caller.email ? (await services.directory.current()).memberOfEmail(caller.email) : undefined;
  const body: Me = { id: caller.id, name: caller.name, email: caller.email, tenantId: caller.tenantId, role: caller.role, ...(memberId ? { memberId } : {}) };
  return json(body);
};
