// A small label on a card ("Tekniknätverket", "Exempeldata"). Drawn with the theme's CSS
// variables rather than Fluent's Badge: it looks the same, follows every theme (high contrast
// included) and keeps ~3 KB out of the directory's first download.
import type { ReactNode } from "react";
import { cx } from "./cx";
import styles from "./Pill.module.css";

export function Pill({ children, tone = "neutral" }: { children: ReactNode; tone?: "brand" | "neutral" }) {
  return <span className={cx(styles.pill, styles[tone])}>{children}</span>;
}
