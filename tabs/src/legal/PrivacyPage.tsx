// /privacy: the manifest's privacyUrl.
import { LegalPage } from "./LegalPage";
import { privacyText } from "./privacyText";

export default function PrivacyPage() {
  return <LegalPage document={privacyText} other={{ href: "/terms", label: { sv: "Användarvillkor", en: "Terms of use" } }} />;
}
