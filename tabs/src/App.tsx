// Providers and the router: host (Teams or browser) -> language -> theme -> identity -> page.
import { Suspense, type ReactNode } from "react";
import { FluentProvider } from "@fluentui/react-components";
import styles from "./App.module.css";
import { IdentityProvider } from "./identity/IdentityProvider";
import { LocaleProvider, useT } from "./i18n";
import { findRoute } from "./routes";
import { AppLayout } from "./shell/AppLayout";
import { NotFoundPage } from "./shell/NotFoundPage";
import { ErrorBoundary } from "./shared/ErrorBoundary";
import { ErrorState } from "./shared/ErrorState";
import { LoadingState } from "./shared/LoadingState";
import { TeamsProvider, useTeams, type TeamsConnection } from "./teams";
import { usePathname } from "./usePathname";

export function App({ connection }: { connection: TeamsConnection | null }) {
  return (
    <TeamsProvider connection={connection}>
      <LocaleProvider>
        <ThemedRoot>
          <IdentityProvider>
            <AppLayout>
              <CurrentPage />
            </AppLayout>
          </IdentityProvider>
        </ThemedRoot>
      </LocaleProvider>
    </TeamsProvider>
  );
}

function ThemedRoot({ children }: { children: ReactNode }) {
  const { theme } = useTeams();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      {children}
    </FluentProvider>
  );
}

function CurrentPage() {
  const t = useT();
  const route = findRoute(usePathname());
  if (!route) return <NotFoundPage />;
  const Page = route.page;
  return (
    <ErrorBoundary
      fallback={(error) => (
        <ErrorState title={t("error.pageFailed")} error={error} onRetry={() => window.location.reload()} />
      )}
    >
      <Suspense fallback={<LoadingState label={t("app.loading")} />}>
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}
