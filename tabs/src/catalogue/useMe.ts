// Who the user is to the API (GET /api/me): the catalogue shows coordinator tools only to the
// coordinator role. The API enforces the role anyway; this only decides what is worth showing.
import type { Me } from "@campus-westum/api/contract";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { useLoad } from "./useLoad";

export function useMe(): Me | null {
  const api = useCatalogueApi();
  const [me] = useLoad((signal) => api.me(signal), [api]);
  return me.status === "ready" ? me.value : null;
}
