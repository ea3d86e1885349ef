import { ExternalLink, FileText } from "lucide-react";
import { Button } from "@commonplace/ui";

export type PaperLinkView = { kind: string; url: string };

type Resolved = { key: string; label: string; url: string; primary?: boolean };

/** The paper's outbound links, best first: the PDF, then its arXiv abstract page, DOI, publisher page. */
export function resolveLinks(links: PaperLinkView[], identifiers: { arxiv: string | null; doi: string | null }): Resolved[] {
  const http = links.filter((l) => /^https?:\/\//i.test(l.url));
  const find = (kind: string) => http.find((l) => l.kind === kind)?.url;
  const out: Resolved[] = [];
  const pdf = find("pdf") ?? (identifiers.arxiv ? `https://arxiv.org/pdf/${identifiers.arxiv}` : undefined);
  if (pdf) out.push({ key: "pdf", label: "PDF", url: pdf, primary: true });
  const abs = find("abs") ?? (identifiers.arxiv ? `https://arxiv.org/abs/${identifiers.arxiv}` : undefined);
  if (abs) out.push({ key: "abs", label: abs.includes("arxiv.org") ? "arXiv page" : "Abstract page", url: abs });
  const doi = find("doi") ?? (identifiers.doi ? `https://doi.org/${identifiers.doi}` : undefined);
  if (doi) out.push({ key: "doi", label: "DOI", url: doi });
  const html = find("html");
  if (html) out.push({ key: "html", label: "Web page", url: html });
  return out;
}

export function PaperLinks({ links }: { links: Resolved[] }) {
  return (
    <>
      {links.map((link) => (
        <Button key={link.key} asChild variant={link.primary ? "primary" : "secondary"} size="sm">
          <a href={link.url} target="_blank" rel="noopener noreferrer" data-testid={`paper-link-${link.key}`}>
            {link.primary ? <FileText aria-hidden /> : null}
            {link.label}
            {link.primary ? null : <ExternalLink aria-hidden className="text-ink-subtle" />}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </Button>
      ))}
    </>
  );
}
