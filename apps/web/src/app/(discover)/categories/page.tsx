import { CategoryGrid } from "@/components/discovery/category-grid";
import { DiscoveryTabs } from "@/components/discovery/discovery-tabs";
import { DiscoveryHeader, EmptyState } from "@/components/discovery/section";
import Link from "next/link";
import { getServerCaller } from "@/trpc/server";

export const metadata = { title: "Categories", description: "Browse papers by subject category." };

export default async function CategoriesPage() {
  const counts = await (await getServerCaller()).discovery.categories();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8" data-testid="categories-page">
      <DiscoveryTabs current="categories" />
      <DiscoveryHeader eyebrow="Browse" title="Categories">
        Every subject category on this server with its number of papers. Open one to see its papers, newest first, with search, filters and sorting.
      </DiscoveryHeader>
      {counts.length > 0 ? (
        <CategoryGrid counts={counts} />
      ) : (
        <EmptyState>
          <span data-testid="categories-empty">
            No paper here has a subject category yet: categories come from arXiv (Atom or JSONL files, arXiv ids) and are not part of a digest or most citation
            files. Meanwhile, browse the{" "}
            <Link href="/newest" className="font-medium text-accent underline-offset-4 hover:underline">
              newest papers
            </Link>{" "}
            or{" "}
            <Link href="/search" className="font-medium text-accent underline-offset-4 hover:underline">
              search
            </Link>
            .
          </span>
        </EmptyState>
      )}
    </div>
  );
}
