// The i18n module: language choice, catalogues, Intl formatting, contract labels.
export { LocaleProvider, useLocale, useT } from "./LocaleProvider";
export type { MessageId, Translate } from "./messages";
export { type Locale, LOCALES } from "./locale";
export { formatDateTime, formatNumber, TIME_ZONE } from "./format";
export { areaLabel, facetValueLabel, roleLabel, subRegionLabel } from "./labels";
