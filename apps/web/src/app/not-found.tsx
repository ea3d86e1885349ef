import { Logo } from "@/components/logo";
import { NotFoundPanel } from "@/components/not-found-panel";

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col px-5 py-5 sm:px-8">
      <header>
        <Logo />
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 items-center justify-center focus:outline-none">
        <NotFoundPanel title="This page isn’t in the library" primary={{ href: "/dashboard", label: "Go to dashboard" }}>
          The link may be old, or the page may have moved. Try your dashboard or search instead.
        </NotFoundPanel>
      </main>
    </div>
  );
}
