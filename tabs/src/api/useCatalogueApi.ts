// The API client with the catalogue's routes, for the signed-in user in the UI's language (see
// useApi). Only the catalogue's code imports it.
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createCatalogueClient, type CatalogueClient } from "./catalogueClient";
import { createApiClient, type ApiClient } from "./client";

export function useCatalogueApi(): ApiClient & CatalogueClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => ({ ...createApiClient(getToken, locale), ...createCatalogueClient(getToken, locale) }), [getToken, locale]);
}
