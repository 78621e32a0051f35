// A needs round's write-back (docs/decisions/0020): its item in Behovsinventeringar and one item
// per stated need in Behov, made to match the round and its answers as the app has them now, so
// that delivering twice writes nothing new and an answer saved later rewrites only that member's
// items. The item of a need the member removed is deleted (the link the app keeps of every item
// it wrote names it); a member whose answer now says "no needs" keeps no items. A member not (or
// no longer) in Medlemmar cannot be looked up: the other members' items are written, that
// member's stay as they are, and the write fails naming it, so it is retried and shown.
//
// Unlike courses (decision 0017), the app is the truth here and the lists are a copy nobody
// should edit: on 412 (an item edited by hand since the app's last write) the app's version is
// written over the hand edit, at the item's present ETag and only where it differs; an item of a
// removed need is deleted even if it was edited. Creates, lookups by key, 429 and Retry-After
// are those of every write-back (listItemWrite.ts, the Graph client's retry).
import type { Logger } from "../../logger.js";
import type { NeedsStore } from "../../store/needsStore.js";
import { isNotFound } from "../graphErrors.js";
import type { ListKey } from "../listDefinition.js";
import { LIST_NAMES } from "../listNames.js";
import { needListFields, needListKey, roundListFields } from "../mapping/needsListFields.js";
import type { CourseItemLink } from "./itemLinks.js";
import { removeItem, writeItem, type ItemTarget, type ItemWriter } from "./listItemWrite.js";
import { needsGroup } from "./outboxItems.js";

export interface NeedsWriteBackDeps extends ItemWriter {
  needs: NeedsStore;
  listId: (list: ListKey) => Promise<string>;
  /** The Medlemmar item of a member: the Member lookup points at it. */
  memberItemId: (memberId: string) => Promise<string | undefined>;
  log: Logger;
}

const roundItemKey = "round";
/** The links of a member's needs start with this; "~" is in no member id. */
const memberKeys = (memberId: string) => `need~${memberId}~`;
const needItemKey = (memberId: string, need: { area: string; audience: string }) => `${memberKeys(memberId)}${need.area}~${need.audience}`;
/** Hand edits in the middle of the app's write: after this many, the row is retried on a later pass. */
const MAX_OVERWRITES = 3;

/** Writes the round's items; the number of hand edits written over. */
export async function writeNeedsBack(deps: NeedsWriteBackDeps, roundId: string): Promise<number> {
  const stored = await deps.needs.getRound(roundId);
  if (!stored) return 0; // rounds are not deleted; a row without its round has nothing to write
  const round = stored.record;
  const group = needsGroup(roundId);
  const [roundsList, needsList] = await Promise.all([deps.listId("needsRounds"), deps.listId("needs")]);
  const links = await deps.links.all(group);
  let overwritten = 0;
  const write = async (target: ItemTarget) => {
    const outcome = await writeOver(deps, target, links.get(target.key));
    overwritten += outcome.overwritten;
    return outcome.itemId;
  };

  const roundItemId = await write({
    group, key: roundItemKey, listId: roundsList, listName: LIST_NAMES.needsRounds.label.sv,
    keyColumn: "RoundKey", keyValue: round.id, fields: roundListFields(round),
  });
  const kept = new Set([roundItemKey]);
  const notInList: string[] = [];
  const answers = (await deps.needs.listAnswerRecords(roundId)).sort((a, b) => a.memberId.localeCompare(b.memberId));
  for (const answer of answers) {
    if (answer.needs.length === 0) continue;
    const memberItemId = await deps.memberItemId(answer.memberId);
    if (!memberItemId) {
      notInList.push(answer.memberId);
      for (const key of links.keys()) if (key.startsWith(memberKeys(answer.memberId))) kept.add(key);
      continue;
    }
    for (const need of answer.needs) {
      const key = needItemKey(answer.memberId, need);
      kept.add(key);
      await write({
        group, key, listId: needsList, listName: LIST_NAMES.needs.label.sv,
        keyColumn: "NeedKey", keyValue: needListKey(roundId, answer.memberId, need), fields: needListFields(answer, need, { roundItemId, memberItemId }),
      });
    }
  }

  // Needs the members no longer state.
  for (const [key, link] of links) {
    if (!kept.has(key)) overwritten += await removeOver(deps, group, key, needsList, link);
  }
  if (overwritten > 0) deps.log.warn("sharepoint write-back: hand edits in the needs lists written over (the app keeps the needs inventory)", { roundId, overwritten });
  if (notInList.length > 0) throw new Error(`the members ${notInList.join(", ")} are not in the list "${LIST_NAMES.members.label.sv}": their needs wait (the other members' are written)`);
  return overwritten;
}

/** writeItem, and on a refusal (edited by hand) again from the item as it is now. */
async function writeOver(deps: NeedsWriteBackDeps, target: ItemTarget, link: CourseItemLink | undefined): Promise<{ itemId: string; overwritten: number }> {
  for (let overwritten = 0; overwritten < MAX_OVERWRITES; overwritten++) {
    const outcome = await writeItem(deps, target, link);
    if (!outcome.refused) return { itemId: outcome.itemId, overwritten };
    link = await asItIs(deps, target.listId, outcome.itemId, Object.keys(target.fields));
  }
  throw new Error(`the item ${link?.itemId} of the list "${target.listName}" kept changing while the app wrote it; tried again later`);
}

/** removeItem, and on a refusal (edited by hand) again at the item's present ETag. */
async function removeOver(deps: NeedsWriteBackDeps, group: string, key: string, listId: string, link: CourseItemLink): Promise<number> {
  const listName = LIST_NAMES.needs.label.sv;
  for (let overwritten = 0; overwritten < MAX_OVERWRITES; overwritten++) {
    if (!(await removeItem(deps, group, key, listId, listName, link))) return overwritten;
    const now = await asItIs(deps, listId, link.itemId, []);
    if (!now) {
      await deps.links.remove(group, key);
      return overwritten;
    }
    link = now;
  }
  throw new Error(`the item ${link.itemId} of the list "${listName}" kept changing while the app deleted it; tried again later`);
}

/** The item's present ETag and the values of `fields` in it; undefined if it is gone (then it is made again). */
async function asItIs(deps: NeedsWriteBackDeps, listId: string, itemId: string, fields: string[]): Promise<CourseItemLink | undefined> {
  try {
    const item = await deps.site.getItem(listId, itemId);
    const values = item.fields ?? {};
    return { itemId, etag: item.eTag ?? "", fields: Object.fromEntries(fields.filter((f) => f in values).map((f) => [f, values[f]])), seen: [] };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
