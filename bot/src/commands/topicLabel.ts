// A topic as people read it, in their language.
import type { Lang, Topic } from "../conversations.js";
import { messages } from "../i18n/messages.js";
import type { Labelled } from "../ports.js";

export function topicLabel(topic: Topic, lang: Lang, areas: Labelled[], subRegions: Labelled[]): string {
  const m = messages[lang].topic;
  if (topic === "trainings" || topic === "fika" || topic === "tech-network") return m[topic];
  const [kind, id] = topic.split(":") as ["area" | "subregion", string];
  const item = (kind === "area" ? areas : subRegions).find((x) => x.id === id);
  return m[kind](item?.[lang] ?? id);
}
