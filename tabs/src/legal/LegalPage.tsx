// A legal page (privacy, terms) in the reader's language, with a link to the other page. No sign-in
// and no API call: the Teams admin centre and app store open these from the manifest's links.
import { useId } from "react";
import { useLocale } from "../i18n";
import type { Locale } from "../i18n/locale";
import { PageTitle } from "../shared/PageTitle";
import { TextLink } from "../shared/TextLink";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import type { LegalDocument } from "./legalDocument";
import styles from "./LegalPage.module.css";

interface Props {
  document: LegalDocument;
  /** The other legal page: where it is and what it is called in each language. */
  other: { href: string; label: Record<Locale, string> };
}

export function LegalPage({ document, other }: Props) {
  const { locale } = useLocale();
  const text = document[locale];
  const titleId = useId();
  useDocumentTitle(text.title);
  return (
    <article className={styles.page} aria-labelledby={titleId}>
      <PageTitle id={titleId}>{text.title}</PageTitle>
      <p className={styles.lead}>{text.lead}</p>
      {text.sections.map((section) => (
        <section key={section.heading} className={styles.section}>
          <h2 className={styles.heading}>{section.heading}</h2>
          {section.paragraphs?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
          {section.list && (
            <ul className={styles.list}>
              {section.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {section.after && <p>{section.after}</p>}
        </section>
      ))}
      <footer className={styles.footer}>
        <p>{text.updated}</p>
        <TextLink href={other.href}>{other.label[locale]}</TextLink>
      </footer>
    </article>
  );
}
