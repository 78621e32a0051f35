// The choices that make a saved directory view: sub-regions, education areas, municipality,
// tech network only, free text.
import type { FacetValue, MemberFilters } from "@campus-westum/api/contract";
import { EDUCATION_AREAS, SUB_REGIONS } from "@campus-westum/api/contract";
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useLocale } from "../i18n";
import { toggleValue, withTechNetwork } from "../directory/filterEdits";
import styles from "./ViewForm.module.css";

interface Props {
  /** The view's choices except its free text, which comes separately as typed. */
  view: MemberFilters;
  text: string;
  municipalities: FacetValue[];
  onChange: (view: MemberFilters) => void;
  onTextChange: (text: string) => void;
}

export function ViewForm({ view, text, municipalities, onChange, onTextChange }: Props) {
  const { locale, t } = useLocale();
  const municipality = view.municipality?.[0] ?? "";
  const municipalityNames = [...new Set([...municipalities.map((m) => m.value), ...(municipality ? [municipality] : [])])].sort((a, b) =>
    a.localeCompare(b, "sv"),
  );

  return (
    <div className={styles.form}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("config.subRegions")}</legend>
        <div className={styles.options}>
          {SUB_REGIONS.map((region) => (
            <Checkbox
              key={region.id}
              label={region[locale]}
              checked={view.subRegion?.includes(region.id) ?? false}
              onChange={() => onChange(toggleValue(view, "subRegion", region.id))}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("config.areas")}</legend>
        <div className={styles.options}>
          {EDUCATION_AREAS.map((area) => (
            <Checkbox
              key={area.id}
              label={area[locale]}
              checked={view.area?.includes(area.id) ?? false}
              onChange={() => onChange(toggleValue(view, "area", area.id))}
            />
          ))}
        </div>
      </fieldset>

      <div className={styles.row}>
        <Field label={t("config.municipality")}>
          <Select
            value={municipality}
            onChange={(_, data) => {
              const { municipality: _old, ...rest } = view;
              onChange(data.value ? { ...rest, municipality: [data.value] } : rest);
            }}
          >
            <option value="">{t("config.anyMunicipality")}</option>
            {municipalityNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("config.text")} hint={t("config.textHint")}>
          <Input value={text} onChange={(_, data) => onTextChange(data.value)} />
        </Field>
      </div>

      <Checkbox
        label={t("facets.techNetworkOnly")}
        checked={view.techNetwork === true}
        onChange={(_, data) => onChange(withTechNetwork(view, data.checked === true))}
      />
    </div>
  );
}
