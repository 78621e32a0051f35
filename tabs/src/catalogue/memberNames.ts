// Member (learning centre) names by id, for the provider filter's labels, the "your centre"
// choice when registering and the course form's member choices (shown with their municipalities).
// All members in one request (41 today, at most 100 per page), asked once per page load and
// shared by every component that needs them.
import { MAX_PAGE_SIZE, type MemberSummary } from "@campus-westum/api/contract";
import { useEffect, useState } from "react";
import type { ApiClient } from "../api/client";
import { useApi } from "../api/useApi";

export interface MemberName {
  id: string;
  name: string;
  municipalities: string[];
}

let request: Promise<MemberName[]> | null = null;

async function loadAll(api: ApiClient): Promise<MemberName[]> {
  const names: MemberName[] = [];
  for (let page = 1; ; page++) {
    const result = await api.searchMembers({ filters: {}, page, pageSize: MAX_PAGE_SIZE });
    names.push(...result.items.map((m: MemberSummary) => ({ id: m.id, name: m.name, municipalities: m.municipalities })));
    if (names.length >= result.total || result.items.length === 0) break;
  }
  return names.sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** Every member's name: null until loaded, empty when the directory cannot be read. */
export function useMemberNames(): MemberName[] | null {
  const api = useApi();
  const [names, setNames] = useState<MemberName[] | null>(null);
  useEffect(() => {
    let current = true;
    request ??= loadAll(api).catch((error: unknown) => {
      request = null; // ask again next time
      throw error;
    });
    request.then(
      (loaded) => current && setNames(loaded),
      (error: unknown) => {
        console.warn("Could not load the member names", error);
        if (current) setNames([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api]);
  return names;
}
