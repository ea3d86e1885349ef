/** What a Cite dialog cites: one paper, a whole list, or some of a list's items. */
export type CiteTarget =
  | { kind: "paper"; paperId: string; title: string }
  | {
      kind: "list";
      listId: string;
      shareToken?: string;
      /** Only these items (a list item's menu); the whole list when absent. */
      itemIds?: string[];
      /** The one paper of a single item, for its downloads. */
      paperId?: string;
      title: string;
      /** The list's team: a style can be added for it. */
      team?: { slug: string; name: string } | null;
    };
