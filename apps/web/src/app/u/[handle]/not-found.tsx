import { NotFoundPanel } from "@/components/not-found-panel";

export default function ProfileNotFound() {
  return (
    <NotFoundPanel title="No one goes by this name here">
      There&rsquo;s no profile at this address. The handle may be mistyped, or the account was closed.
    </NotFoundPanel>
  );
}
