// Plain browser only: Svenska / English. Inside Teams the language follows Teams.
import { useId } from "react";
import { Label, Select } from "@fluentui/react-components";
import { LOCALES, useLocale, useT, type Locale } from "../i18n";

const LANGUAGE_NAMES: Record<Locale, string> = { sv: "Svenska", en: "English" };

export function LanguageSwitch({ className }: { className?: string }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const id = useId();
  if (!setLocale) return null;
  return (
    <div className={className}>
      <Label htmlFor={id} size="small">
        {t("header.language")}
      </Label>
      <Select id={id} size="small" value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </Select>
    </div>
  );
}
