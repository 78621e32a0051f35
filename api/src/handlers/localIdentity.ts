// Local mode only: the sample users and their tokens, so the tabs can sign in without a tenant.
// These routes are served by the local host alone; the Functions app never registers them.
import * as z from "zod";
import { json, type Handler } from "../http/route.js";
import { problems } from "../http/problem.js";

export const localUsers: Handler<"anonymous"> = async ({ services }) => {
  return json(services.localIdentity?.users ?? []);
};

const tokenRequest = z.object({ userId: z.string().min(1).max(50) });

export const localToken: Handler<"anonymous"> = async ({ request, services }) => {
  const body = tokenRequest.safeParse(await request.json().catch(() => undefined));
  const users = services.localIdentity?.users.map((u) => u.id).join(", ") ?? "";
  const token = body.success ? await services.localIdentity?.issueToken(body.data.userId) : undefined;
  if (!token) {
    throw problems.invalidInput([{ field: "userId", message: `one of ${users}` }], {
      sv: `Ange en exempelanvändare i JSON-kroppen, t.ex. {"userId": "teacher"}. Giltiga: ${users}.`,
      en: `Name a sample user in the JSON body, e.g. {"userId": "teacher"}. Valid: ${users}.`,
    });
  }
  return json(token);
};
