// The sync client for the signed-in user in the UI's language (see useApi). Only the sync-health
// view imports it, so the catalogue's first download does not grow.
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createSyncClient, type SyncClient } from "./syncClient";

export function useSyncApi(): SyncClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createSyncClient(getToken, locale), [getToken, locale]);
}
