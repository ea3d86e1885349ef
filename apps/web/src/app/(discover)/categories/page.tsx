import { CategoryGrid } from "@/components/discovery/category-grid";
import { DiscoveryTabs } from "@/components/discovery/discovery-tabs";
import { DiscoveryHeader, EmptyState } from "@/components/discovery/section";
import { getServerCaller } from "@/trpc/server";

export const metadata = { title: "Categories", description: "Browse papers by subject category." };

export default async function CategoriesPage() {
  const counts = await (await getServerCaller()).discovery.categories();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8" data-testid="categories-page">
      <DiscoveryTabs current="categories" />
      <DiscoveryHeader eyebrow="Browse" title="Categories">
        Every subject category on this server with its number of papers. Open one to see its papers, newest first, with
        search, filters and sorting.
      </DiscoveryHeader>
      {counts.length > 0 ? <CategoryGrid counts={counts} /> : <EmptyState>No categorised papers yet.</EmptyState>}
    </div>
  );
}
