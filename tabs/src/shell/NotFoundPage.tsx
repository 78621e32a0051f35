// A path the app has no page for (a stale link): say so and offer the directory.
import { useT } from "../i18n";
import { PageTitle } from "../shared/PageTitle";
import { TextLink } from "../shared/TextLink";
import { useDocumentTitle } from "./useDocumentTitle";

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <PageTitle>{t("notFound.title")}</PageTitle>
      <p>{t("notFound.text")}</p>
      <TextLink href="/directory">{t("notFound.toDirectory")}</TextLink>
    </>
  );
}
