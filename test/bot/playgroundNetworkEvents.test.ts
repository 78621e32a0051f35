// End to end through the Microsoft 365 Agents Playground (no browser): a person subscribes to the
// tech network in her personal chat; a coordinator adds a tech-network meeting to the events list;
// the sync stores it with its change record, the timer's network-event pump announces it and the
// delivery worker sends the card to the Playground (the serviceUrl the bot stored), where she
// sees the meeting, its Stockholm time, "Anslut" and the calendar link.
import { expect, it } from "vitest";
import { runBotTimers } from "../../api/src/bot/botTimers.js";
import { networkEvent, storeNetworkEvent } from "./support/networkEvents.js";
import { deliverByTimers, installBot, shownIn as cardOf, usePlayground } from "./support/playground.js";

const started = usePlayground({ BOT_TIMER_SECONDS: "1" });

it("sends a subscriber of the tech network the announcement card of a new meeting", { timeout: 60_000 }, async () => {
  const { api, playground } = started;
  await installBot(playground);
  let from = playground.messages.length;
  await playground.say("prenumerera tekniknätverket");
  expect((await playground.next((m) => /prenumererar/.test(m.text ?? ""), from)).text).toContain("tekniknätverket");

  await runBotTimers(api.services); // the pumps' first run sets their cursors
  from = playground.messages.length;
  await storeNetworkEvent(api.services, networkEvent({ id: "teknik-playground", title: "Tekniknätverket: Teams-rum i klassrummet", start: "2030-03-12T14:00:00+01:00", durationMinutes: 90 }));
  await deliverByTimers(api, async (outcomes) => {
    expect(outcomes.networkEvents).toMatchObject({ ran: true });
    const card = cardOf(await playground.next((m) => cardOf(m).includes("Tekniknätverket: Teams-rum i klassrummet"), from));
    expect(card).toContain("Nytt evenemang");
    expect(card).toContain("tis 12 mars 14:00–15:30");
    expect(card).toContain('"title":"Anslut","url":"https://teams.microsoft.com/l/meetup-join/teknik-playground"');
    expect(card).toMatch(/"title":"Lägg till i kalendern","url":"[^"]*\/api\/calendar\/events\/teknik-playground\/calendar\.ics\?expires=/);
  });
});
