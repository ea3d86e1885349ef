import { NotFoundPanel } from "@/components/not-found-panel";

export default function TeamNotFound() {
  return (
    <NotFoundPanel title="No public team here">
      There&rsquo;s no public team at this address. Teams choose whether to have a public page; this one may be private.
    </NotFoundPanel>
  );
}
