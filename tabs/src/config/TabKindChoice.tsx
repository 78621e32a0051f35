// "What the tab shows": members, courses or the tech network's events. Teams allows one configurable tab per app, so one
// configuration page (the manifest's /config/directory) sets up either (see ChannelTabConfigPage).
import { Radio, RadioGroup } from "@fluentui/react-components";
import { useT } from "../i18n";
import styles from "./DirectoryConfigPage.module.css";

export type TabKind = "directory" | "catalogue" | "events";

export function TabKindChoice({ value, onChange }: { value: TabKind; onChange: (kind: TabKind) => void }) {
  const t = useT();
  return (
    <section className={styles.section} aria-labelledby="config-kind-heading">
      <h2 id="config-kind-heading" className={styles.heading}>
        {t("config.kindHeading")}
      </h2>
      <RadioGroup value={value} layout="horizontal" aria-labelledby="config-kind-heading" onChange={(_, data) => onChange(data.value as TabKind)}>
        <Radio value="directory" label={t("config.kindDirectory")} />
        <Radio value="catalogue" label={t("config.kindCatalogue")} />
        <Radio value="events" label={t("config.kindEvents")} />
      </RadioGroup>
    </section>
  );
}
