// /terms: the manifest's termsOfUseUrl.
import { LegalPage } from "./LegalPage";
import { termsText } from "./termsText";

export default function TermsPage() {
  return <LegalPage document={termsText} other={{ href: "/privacy", label: { sv: "Integritet", en: "Privacy" } }} />;
}
