// The member directory in Azure Tables: members in one table, contacts in another (partitioned
// by member), and a version marker that changes on every write so that API instances know when
// to reload their search snapshot.
import type { TableEntity } from "@azure/data-tables";
import type { Contact, MemberDetail } from "../contract/index.js";
import { memberSchema } from "../domain/directorySchema.js";
import { readDirectoryVersion, writeDirectoryVersion } from "./directoryVersion.js";
import { listAll, upsertAll, type Tables } from "./tables.js";

const MEMBER_PARTITION = "member";

interface MemberRow {
  name: string;
  /** JSON list. Rows written before a member could have several hold only subRegion. */
  subRegions?: string;
  subRegion: string;
  municipalities: string;
  areas: string;
  systems: string;
  techNetwork: boolean;
  sample: boolean;
  description?: string;
  address?: string;
  website?: string;
  projects: string;
}

interface ContactRow {
  name: string;
  role: string;
  email: string;
  phone?: string;
  techNetwork: boolean;
}

export interface RejectedRow {
  id: string;
  reason: string;
}

export class MemberStore {
  constructor(private readonly tables: Tables) {}

  async save(members: readonly MemberDetail[]): Promise<void> {
    const [memberTable, contactTable] = await Promise.all([this.tables.table("members"), this.tables.table("contacts")]);
    await upsertAll<MemberRow>(memberTable, members.map(toMemberRow));
    await upsertAll<ContactRow>(contactTable, members.flatMap((m) => m.contacts.map(toContactRow)));
    await this.bumpVersion();
  }

  /** Removes members (with their contacts) and single contacts; absent rows are fine. Used by the SharePoint sync. */
  async remove(memberIds: readonly string[], contacts: readonly { memberId: string; id: string }[] = []): Promise<void> {
    if (memberIds.length === 0 && contacts.length === 0) return;
    const [memberTable, contactTable] = await Promise.all([this.tables.table("members"), this.tables.table("contacts")]);
    const gone = [...contacts];
    for (const id of memberIds) gone.push(...(await listAll<ContactRow>(contactTable, id)).map((row) => ({ memberId: id, id: row.rowKey })));
    const ignoreMissing = (error: unknown) => {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    };
    await Promise.all([
      ...memberIds.map((id) => memberTable.deleteEntity(MEMBER_PARTITION, id).catch(ignoreMissing)),
      ...gone.map((c) => contactTable.deleteEntity(c.memberId, c.id).catch(ignoreMissing)),
    ]);
    await this.bumpVersion();
  }

  async count(): Promise<number> {
    const table = await this.tables.table("members");
    let count = 0;
    for await (const page of table.listEntities({ queryOptions: { select: ["RowKey"] } }).byPage({ maxPageSize: 1000 })) {
      count += page.length;
    }
    return count;
  }

  /** Loads the whole directory. Rows that do not validate are left out and reported. */
  async loadAll(): Promise<{ members: MemberDetail[]; rejected: RejectedRow[] }> {
    const [memberTable, contactTable] = await Promise.all([this.tables.table("members"), this.tables.table("contacts")]);
    const [memberRows, contactRows] = await Promise.all([
      listAll<MemberRow>(memberTable, MEMBER_PARTITION),
      listAll<ContactRow>(contactTable),
    ]);
    const contactsByMember = new Map<string, Contact[]>();
    for (const row of contactRows) {
      const list = contactsByMember.get(row.partitionKey) ?? [];
      list.push(fromContactRow(row));
      contactsByMember.set(row.partitionKey, list);
    }
    const members: MemberDetail[] = [];
    const rejected: RejectedRow[] = [];
    for (const row of memberRows) {
      const contacts = (contactsByMember.get(row.rowKey) ?? []).sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
      const parsed = memberSchema.safeParse(fromMemberRow(row, contacts));
      if (parsed.success) members.push(parsed.data);
      else rejected.push({ id: row.rowKey, reason: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
    }
    return { members, rejected };
  }

  /** A value that changes whenever the directory changes. */
  version(): Promise<string> {
    return readDirectoryVersion(this.tables);
  }

  private bumpVersion(): Promise<void> {
    return writeDirectoryVersion(this.tables, `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`);
  }
}

function toMemberRow(m: MemberDetail): TableEntity<MemberRow> {
  return {
    partitionKey: MEMBER_PARTITION,
    rowKey: m.id,
    name: m.name,
    subRegions: JSON.stringify(m.subRegions),
    // The first, for instances still running the single-region code during a rolling upgrade.
    subRegion: m.subRegions[0]!,
    municipalities: JSON.stringify(m.municipalities),
    areas: JSON.stringify(m.areas),
    systems: JSON.stringify(m.systems),
    techNetwork: m.techNetwork,
    sample: m.sample,
    description: m.description,
    address: m.address,
    website: m.website,
    projects: JSON.stringify(m.projects),
  };
}

function toContactRow(c: Contact): TableEntity<ContactRow> {
  return { partitionKey: c.memberId, rowKey: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone, techNetwork: c.techNetwork };
}

/** Lists are stored as JSON text; a broken value becomes a validation error, not a crash. */
function jsonList(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "[]");
  } catch {
    return text;
  }
}

function fromMemberRow(row: TableEntity<MemberRow>, contacts: Contact[]): unknown {
  return {
    id: row.rowKey,
    name: row.name,
    subRegions: row.subRegions === undefined || row.subRegions === null ? [row.subRegion] : jsonList(row.subRegions),
    municipalities: jsonList(row.municipalities),
    areas: jsonList(row.areas),
    systems: jsonList(row.systems),
    techNetwork: row.techNetwork,
    sample: row.sample ?? false,
    description: row.description ?? undefined,
    address: row.address ?? undefined,
    website: row.website ?? undefined,
    projects: jsonList(row.projects),
    contacts,
  };
}

function fromContactRow(row: TableEntity<ContactRow>): Contact {
  return {
    id: row.rowKey,
    memberId: row.partitionKey,
    name: row.name,
    role: row.role as Contact["role"],
    email: row.email,
    phone: row.phone ?? undefined,
    techNetwork: row.techNetwork,
  };
}
