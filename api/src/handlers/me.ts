// GET /api/me: who the API thinks the caller is (the tabs show it, and decide what to offer).
import type { Me } from "../contract/index.js";
import { defineRoute, json } from "../http/route.js";

export const me = defineRoute({
  name: "me",
  methods: ["GET"],
  route: "me",
  access: "user",
  async handle({ caller }) {
    const body: Me = { id: caller.id, name: caller.name, email: caller.email, tenantId: caller.tenantId, role: caller.role };
    return json(body);
  },
});
