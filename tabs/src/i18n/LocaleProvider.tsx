// Holds the UI language and hands every component the matching translate function.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useTeams } from "../teams";
import { writeSetting } from "../shared/settingsStorage";
import { updateParamIfPresent } from "../shared/urlParams";
import { initialPlainBrowserLocale, LOCALE_SETTING, localeFromTeams, type Locale } from "./locale";
import { loadCatalogue, translatorFor, type Translate } from "./messages";

interface LocaleValue {
  locale: Locale;
  t: Translate;
  /** Switches the language; null inside Teams, where Teams' own setting decides. */
  setLocale: ((locale: Locale) => void) | null;
}

const LocaleContext = createContext<LocaleValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const teams = useTeams();
  const [browserLocale, setBrowserLocale] = useState<Locale>(initialPlainBrowserLocale);
  const locale = teams.locale ? localeFromTeams(teams.locale) : browserLocale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const chooseLocale = useCallback((next: Locale) => {
    writeSetting(LOCALE_SETTING, next);
    updateParamIfPresent("lang", next);
    loadCatalogue(next).then(
      () => setBrowserLocale(next),
      (error: unknown) => console.warn("Could not load the catalogue", next, error),
    );
  }, []);

  const value = useMemo<LocaleValue>(
    () => ({ locale, t: translatorFor(locale), setLocale: teams.isInTeams ? null : chooseLocale }),
    [locale, teams.isInTeams, chooseLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale() needs a <LocaleProvider> above it.");
  return value;
}

/** The translate function for the current language; a new function when the language changes. */
export function useT(): Translate {
  return useLocale().t;
}
