// The directory as a function of the mirror: members and contacts that validated, contacts
// joined to their member through the lookup. The result is compared with the store and only
// what differs is saved or removed, so a run without changes writes nothing and the directory
// snapshot reloads only when something changed (MemberStore bumps its version marker).
import type { Contact, MemberDetail, SyncRejectedRow } from "../../contract/index.js";
import { memberSchema } from "../../domain/directorySchema.js";
import type { MemberStore } from "../../store/memberStore.js";
import { memberItems, type LinkedContact, type MemberCore } from "../mapping/directoryItems.js";
import { schemaRejection } from "../mapping/rejection.js";
import { rejectedRow, type MirrorRow, type SyncState } from "./syncState.js";

export interface DirectoryProjection {
  saved: number;
  removed: number;
  rejected: SyncRejectedRow[];
}

const byItemId = (a: MirrorRow, b: MirrorRow) => Number(a.itemId) - Number(b.itemId);
const live = (rows: MirrorRow[]) => rows.filter((r) => !r.deleted && r.data).sort(byItemId);

export function buildDirectory(memberRows: MirrorRow[], contactRows: MirrorRow[]): { members: MemberDetail[]; rejected: SyncRejectedRow[] } {
  const rejected: SyncRejectedRow[] = [];
  for (const [list, rows] of [["members", memberRows], ["contacts", contactRows]] as const) {
    for (const r of rows) if (r.rejected && !r.deleted) rejected.push(rejectedRow(list, r, "the last valid version is shown"));
  }
  const members = new Map<string, MemberCore & { contacts: Contact[] }>();
  const keyOfItem = new Map<string, string>();
  for (const row of live(memberRows)) {
    const core = JSON.parse(row.data!) as MemberCore;
    if (members.has(core.id)) {
      rejected.push({ list: "members", itemId: row.itemId, reason: `MemberKey "${core.id}" is used by another item already`, column: "MemberKey", problem: { sv: `"${core.id}" används redan av en annan rad: varje medlem behöver en egen nyckel.`, en: `"${core.id}" is used by another row already: each member needs a key of its own.` } });
      continue;
    }
    members.set(core.id, { ...core, contacts: [] });
    keyOfItem.set(row.itemId, core.id);
  }
  for (const row of live(contactRows)) {
    const { memberItemId, ...contact } = JSON.parse(row.data!) as LinkedContact;
    const member = members.get(keyOfItem.get(memberItemId) ?? "");
    if (!member) {
      rejected.push({ list: "contacts", itemId: row.itemId, reason: `unknown member: the Member lookup points to item ${memberItemId}, which is not a valid member`, column: "Member", problem: { sv: `Pekar på rad ${memberItemId} i Medlemmar, som inte är en giltig medlem.`, en: `Points to item ${memberItemId} in Medlemmar, which is not a valid member.` } });
    } else if (member.contacts.some((c) => c.id === contact.id)) {
      rejected.push({ list: "contacts", itemId: row.itemId, reason: `ContactKey "${contact.id}" is used by another contact of ${member.id}`, column: "ContactKey", problem: { sv: `"${contact.id}" används redan av en annan kontaktperson hos ${member.name}.`, en: `"${contact.id}" is used by another contact of ${member.name} already.` } });
    } else {
      member.contacts.push({ ...contact, memberId: member.id });
    }
  }
  const valid: MemberDetail[] = [];
  for (const m of members.values()) {
    m.contacts.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
    const parsed = memberSchema.safeParse(m);
    if (parsed.success) valid.push(parsed.data);
    else rejected.push({ list: "members", itemId: [...keyOfItem].find(([, k]) => k === m.id)![0], ...schemaRejection("members", memberItems.fields, parsed.error.issues, m) });
  }
  return { members: valid, rejected };
}

export async function projectDirectory(state: SyncState, store: MemberStore): Promise<DirectoryProjection> {
  const [memberRows, contactRows, current] = await Promise.all([state.mirrorRows("members"), state.mirrorRows("contacts"), store.loadAll()]);
  const { members, rejected } = buildDirectory(memberRows, contactRows);
  const before = new Map(current.members.map((m) => [m.id, m]));
  const changed = members.filter((m) => JSON.stringify(m) !== JSON.stringify(before.get(m.id)));
  const wanted = new Set(members.map((m) => m.id));
  const removedMembers = [...before.keys()].filter((id) => !wanted.has(id));
  const removedContacts = changed.flatMap((m) =>
    (before.get(m.id)?.contacts ?? []).filter((c) => !m.contacts.some((n) => n.id === c.id)).map((c) => ({ memberId: m.id, id: c.id })),
  );
  if (changed.length > 0) await store.save(changed);
  if (removedMembers.length > 0 || removedContacts.length > 0) await store.remove(removedMembers, removedContacts);
  return { saved: changed.length, removed: removedMembers.length, rejected };
}
