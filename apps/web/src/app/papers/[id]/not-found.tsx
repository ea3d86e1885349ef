import { NotFoundPanel } from "@/components/not-found-panel";

export default function PaperNotFound() {
  return (
    <NotFoundPanel title="We don’t have this paper" secondary={{ href: "/import", label: "Import a paper" }}>
      There&rsquo;s no paper with this address on this server. It may have been merged with another copy, or the link is mistyped. Search for it by title or
      author instead.
    </NotFoundPanel>
  );
}
