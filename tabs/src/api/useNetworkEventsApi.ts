// The events client for the signed-in user in the UI's language (see useApi). Only the events
// view imports it, so the catalogue's first download does not grow.
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createNetworkEventsClient, type NetworkEventsClient } from "./networkEventsClient";

export function useNetworkEventsApi(): NetworkEventsClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createNetworkEventsClient(getToken, locale), [getToken, locale]);
}
