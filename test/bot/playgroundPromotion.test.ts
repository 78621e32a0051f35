// Through the Microsoft 365 Agents Playground (issue 11.5): Lisa, waitlisted on a full course,
// gets "Du har fått en plats" in her chat when a cancellation frees the seat: the course-event
// pump reads the promotion written with the seat and the worker sends the card to the Playground.
import { expect, it } from "vitest";
import { runBotTimers } from "../../api/src/bot/botTimers.js";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
import { deliverByTimers, installBot, shownIn as cardOf, usePlayground } from "./support/playground.js";

/** Lisa Lärare's object id: the Playground's user (.m365agentsplayground.yml). */
const LISA = "7e57ca11-0000-4000-8000-0000000000a1";
const started = usePlayground({ BOT_TIMER_SECONDS: "1" });

it("a waitlisted person gets 'Du har fått en plats' in her chat when a seat is freed", { timeout: 60_000 }, async () => {
  const { api, playground } = started;
  await installBot(playground);
  await runBotTimers(api.services); // the pump's first run sets its cursor
  const course = await createCourse(api, courseInput({ title: "Väntelistan i chatten", seats: 1 }));
  const first = await registerPerson(api, course.id, { id: "7e57ca11-0000-4000-8000-0000000000c4", name: "Cia Först", memberId: "dacapo-mariestad" });
  expect((await registerPerson(api, course.id, { id: LISA, name: "Lisa Lärare", memberId: "dacapo-mariestad" })).status).toBe("waitlisted");
  const cancelled = await api.send("DELETE", `/api/courses/${course.id}/registrations/${first.id}`, { token: await api.token("coordinator") });
  expect(cancelled.status).toBeLessThan(300);

  const from = playground.messages.length;
  await deliverByTimers(api, async () => {
    const notice = await playground.next((m) => cardOf(m).includes("Du har fått en plats"), from);
    expect(cardOf(notice)).toContain("Väntelistan i chatten");
  });
  // Only Lisa was promoted: no other card about the course reached her chat.
  expect(playground.messages.slice(from).filter((m) => cardOf(m).includes("Väntelistan i chatten"))).toHaveLength(1);
});
