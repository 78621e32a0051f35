// A conversation for tests: botbuilder's TestAdapter running the bot's turns over fresh fake
// ports; turn() processes one incoming activity and returns what the bot sent back.
import { TestAdapter, type Activity } from "botbuilder";
import { runTurn } from "../botbuilderAdapter.js";
import { fakePorts } from "./fakePorts.js";

export function testConversation() {
  const ports = fakePorts();
  const adapter = new TestAdapter((context) => runTurn(context, ports));
  async function turn(activity: Partial<Activity>): Promise<Activity[]> {
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0) as Activity[];
  }
  return { ports, turn };
}

export type TestConversation = ReturnType<typeof testConversation>;
