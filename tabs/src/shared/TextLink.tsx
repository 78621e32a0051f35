// Links in running text, and link-styled buttons (a member's name opens its detail: an action, so
// a <button>). Fluent's Link would add ~2 KB to the first download for the same result; these use
// the theme's CSS variables, so they follow light, dark and high-contrast themes alike.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";
import { cx } from "./cx";
import styles from "./TextLink.module.css";

export function TextLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...props} className={cx(styles.link, className)} />;
}

export function LinkButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} className={cx(styles.link, styles.button, className)} />;
}

