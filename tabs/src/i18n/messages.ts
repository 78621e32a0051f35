// The message catalogues and the Lingui instances that format them. Catalogues are ICU
// MessageFormat (plurals: "{count, plural, one {# medlem} other {# medlemmar}}"), compiled at
// build time by vite/compileCatalogues.ts. Swedish, the default, is the source: its keys type every
// lookup, and it ships in the first download; English is fetched when chosen (before the first
// render when Teams or ?lang asks for it).
//
// Why Lingui and not i18next: measured with this app's build, i18next + react-i18next add ~19 KB
// gzip to the first load (i18next alone ~16 KB), most of the tab's bundle headroom over a bare
// Fluent page (see README). @lingui/core with precompiled catalogues adds ~2 KB and still gives ICU
// plurals, interpolation and number formatting from a widely used, actively maintained library.
// One instance per language, each activated once: switching language swaps instances instead of
// mutating a global during render.
import { setupI18n, type I18n, type Messages } from "@lingui/core";
import sv from "./catalogues/sv.json";
import { initialPlainBrowserLocale, intlLocale, localeFromTeams, type Locale } from "./locale";

export type MessageId = keyof typeof sv;
export type MessageValues = Record<string, string | number>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

// Typed as complete catalogues: a key missing from English fails the typecheck.
const lazyCatalogues: Record<Exclude<Locale, "sv">, () => Promise<Record<MessageId, string>>> = {
  en: () => import("./catalogues/en.json").then((module) => module.default),
};

const instances: Partial<Record<Locale, I18n>> = { sv: linguiFor("sv", sv) };

export function initialLocale(teamsLocale: string | null): Locale {
  return teamsLocale ? localeFromTeams(teamsLocale) : initialPlainBrowserLocale();
}

export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === "sv" || instances[locale]) return;
  instances[locale] = linguiFor(locale, await lazyCatalogues[locale]());
}

/** Translates in `locale` once its catalogue is loaded (see loadCatalogue), in Swedish until then. */
export function translatorFor(locale: Locale): Translate {
  const lingui = instances[locale] ?? instances.sv!;
  return (id, values) => lingui._(id, values);
}

function linguiFor(locale: Locale, catalogue: Record<string, string>): I18n {
  return setupI18n({
    locale,
    locales: [intlLocale(locale)],
    messages: { [locale]: catalogue as unknown as Messages },
  });
}
