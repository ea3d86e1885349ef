"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { MessageSquareText } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Skeleton, cn, toast } from "@commonplace/ui";
import { formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";
import { AnnotationSidebar } from "../annotations/annotation-sidebar";
import { LinkedAnnotation } from "../annotations/copy-link";
import { PaperAnnotationTools } from "../annotations-page/paper-annotation-tools";
import type { AnnotationColor } from "../annotations/colors";
import type { Draft } from "../annotations/composer";
import { applyFilters, noFilters, type Filters } from "../annotations/filters";
import { useComposerScope } from "../annotations/use-composer-scope";
import { useMyTeams, useTeammates, useViewer } from "../annotations/use-people";
import { selectionToRange } from "./offsets";
import { LazyPdfView } from "./pdf/lazy-pdf-view";
import { Composer, SelectionToolbar, usePreloadSelectionUi } from "./lazy-selection-ui";
import { ReaderViewToggle, useReaderView } from "./reader-view";
import { ReadingText, type Highlight } from "./reading-text";
import { TableOfContents } from "./table-of-contents";
import { readingLayout, toTextBlocks } from "./text-blocks";
import { useAnnotationLink } from "./use-annotation-link";
import { useSelectionRange, type Locate } from "./use-selection-range";

function SectionTitle({ id, children, aside }: { id: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 border-b border-line pb-2">
      <h2 id={id} className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
        {children}
      </h2>
      {aside}
    </div>
  );
}

/**
 * The paper's reading view with anchored annotations: the server's annotatable text (so offsets
 * match), highlights drawn from character offsets, a selection toolbar, and the discussion beside it,
 * kept live through the live.paper subscription. `details` (the paper's metadata card) sits in the
 * same rail; `children` follow the text (e.g. "no full text yet").
 */
export function AnnotatableDocument({
  paperId,
  title,
  abstract,
  details,
  children,
  after,
}: {
  paperId: string;
  /** The paper's title: a full text starting with it does not repeat it. */
  title?: string;
  abstract: string | null;
  details?: ReactNode;
  children?: ReactNode;
  /**
   * Below the reading column (related papers): on a wide screen the discussion rail runs beside it too, so the
   * sticky rail stays in view to the end of the page, and a thread opened near the end of the text is not
   * scrolled away with the rail's end; on a phone it follows the rail.
   */
  after?: ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  usePreloadSelectionUi();
  const doc = useQuery(trpc.annotations.document.queryOptions({ paperId }));
  const list = useQuery(trpc.annotations.list.queryOptions({ paperId }));
  const viewer = useViewer();
  const me = viewer.data ?? null;
  const { writable } = useMyTeams(Boolean(me));
  const people = useTeammates(
    writable.map((t) => t.slug),
    me?.id,
  );

  // Live: every event on this paper (ids only) → refetch the threads; permissions are re-checked server-side.
  const invalidate = useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.annotations.list.queryKey({ paperId }) }), [queryClient, trpc, paperId]);
  useSubscription(trpc.live.paper.subscriptionOptions({ paperId }, { onData: () => void invalidate() }));

  const [activeId, setActiveId] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [listId, setListId] = useState<string | null>(null);
  const [listScoped, setListScoped] = useState(true);
  const [panelOpen, setPanelOpen] = useState(false);
  const [composeError, setComposeError] = useState<string | null>(null);

  // ?list= when you came from a reading list (the composer's scope is remembered per paper and per list's team).
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser-only value (URL) read after hydration, so the server and the first client render agree
    setListId(params.get("list"));
  }, []);
  const { scope: effectiveScope, setScope } = useComposerScope({ paperId, listId, signedIn: Boolean(me), writable });

  const text = doc.data?.text;
  const blocks = useMemo(() => (text ? toTextBlocks(text) : []), [text]);
  const layout = useMemo(
    () => (text && doc.data?.source === "fullText" ? readingLayout(text, blocks, title) : { abstract: null, body: blocks, toc: [], skipped: 0 }),
    [text, blocks, title, doc.data?.source],
  );
  const allThreads = useMemo(() => list.data?.threads ?? [], [list.data]);
  const threads = useMemo(() => applyFilters(allThreads, filters).sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity)), [allThreads, filters]);
  const highlights = useMemo<Highlight[]>(() => {
    const hs: Highlight[] = threads
      .filter((t) => t.start !== null && t.end !== null && t.anchorStatus !== "ORPHANED" && t.textVersion === doc.data?.version)
      .map((t): Highlight => ({
        id: t.id,
        start: t.start!,
        end: t.end!,
        color: t.color ?? "yellow",
        // A plain highlight (no comment, no replies) is a light mark: a thread only once someone writes.
        tone: t.resolved ? "resolved" : t.anchorStatus === "LOW_CONFIDENCE" ? "uncertain" : !t.body.trim() && t.replies.length === 0 ? "light" : "normal",
      }))
      .sort((a, b) => a.start - b.start);
    if (draft) hs.push({ id: "draft", start: draft.start, end: draft.end, color: draft.color, tone: "pending" });
    return hs;
  }, [threads, draft, doc.data?.version]);

  // Papers whose text came from a PDF the server keeps can be read on the PDF's own pages, with the same highlights.
  const pdf = doc.data?.source === "fullText" ? doc.data.pdf : null;
  const [view, setView] = useReaderView(Boolean(pdf));
  const [pdfLocate, setPdfLocate] = useState<Locate | null>(null);
  const onPdfLocator = useCallback((locate: Locate | null) => setPdfLocate(() => locate), []);
  const textLocate = useCallback<Locate>((root, sel) => (text === undefined ? null : selectionToRange(root, sel, text)), [text]);

  const frameRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const { selection, clear } = useSelectionRange(textRef, frameRef, view === "pdf" ? pdfLocate : textLocate);

  const create = useMutation(
    trpc.annotations.create.mutationOptions({
      onSuccess: (created) => {
        setActiveId(created.id);
        void invalidate();
        void queryClient.invalidateQueries({ queryKey: trpc.annotations.rememberedScope.pathKey() });
      },
    }),
  );

  const createFor = (range: { start: number; end: number }, color: AnnotationColor, body: string) =>
    create.mutateAsync({
      paperId,
      target: { start: range.start, end: range.end, exact: text!.slice(range.start, range.end) },
      color,
      body,
      visibility: effectiveScope.visibility,
      teamSlug: effectiveScope.visibility === "TEAM" ? effectiveScope.teamSlug : undefined,
      listId: listId && listScoped ? listId : undefined,
    });

  const highlight = async (color: AnnotationColor) => {
    if (!selection) return;
    const range = { start: selection.start, end: selection.end };
    clear();
    try {
      await createFor(range, color, "");
    } catch (error) {
      toast.error(formErrorOf(error, "Couldn't save the highlight."));
    }
  };

  const startComment = () => {
    if (!selection || !text) return;
    setDraft({ start: selection.start, end: selection.end, quote: text.slice(selection.start, selection.end), color: "yellow" });
    setComposeError(null);
    setActiveId(null);
    setPanelOpen(true);
    clear();
  };

  const submitComment = async (body: string) => {
    if (!draft) return;
    setComposeError(null);
    try {
      await createFor(draft, draft.color, body);
      setDraft(null);
    } catch (error) {
      setComposeError(formErrorOf(error, "Couldn't post the comment."));
    }
  };

  // A page note (issue 16.1): a thread on the whole paper, no target; same scope as the passage composer.
  const [noteError, setNoteError] = useState<string | null>(null);
  const submitPageNote = async (body: string) => {
    setNoteError(null);
    try {
      await create.mutateAsync({
        paperId,
        body,
        visibility: effectiveScope.visibility,
        teamSlug: effectiveScope.visibility === "TEAM" ? effectiveScope.teamSlug : undefined,
        listId: listId && listScoped ? listId : undefined,
      });
      return true;
    } catch (error) {
      setNoteError(formErrorOf(error, "Couldn't post the note."));
      return false;
    }
  };
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/papers/${paperId}`)}`;

  const focusThread = useCallback((id: string) => {
    setActiveId(id);
    // In the PDF view a highlight on a page not painted yet is reached through its page.
    const root = textRef.current;
    const mark = root?.querySelector(`[data-annotation-ids~="${CSS.escape(id)}"]`) ?? root?.querySelector(`[data-page-annotations~="${CSS.escape(id)}"]`);
    if (mark) {
      const r = mark.getBoundingClientRect();
      if (r.top < 80 || r.bottom > window.innerHeight) mark.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }, []);

  const onMarkClick = useCallback((id: string) => {
    setActiveId(id);
    setPanelOpen(true);
  }, []);

  // ?annotation=<id> (a copied link, a notification): open that thread, or say why not (issue 16.2).
  const openLinked = useCallback((id: string | null) => {
    if (id) setActiveId(id);
    setPanelOpen(true);
  }, []);
  const link = useAnnotationLink({
    paperId,
    threads: list.data?.threads,
    ready: Boolean(text),
    readerRoot: textRef,
    signedIn: Boolean(me),
    signInHref,
    people,
    onOpen: openLinked,
  });

  const openCount = threads.filter((t) => !t.resolved && t.anchorStatus !== "ORPHANED").length;
  const source = doc.data?.source;
  const words = text ? text.split(/\s+/).filter(Boolean).length : 0;

  // Phones: the discussion opens from a button in the section header; the floating one appears only once
  // that header is scrolled away, so it never sits on top of the header's controls (the Text/PDF toggle).
  const [inlineOpener, setInlineOpener] = useState<HTMLElement | null>(null);
  const inlineOpenerVisible = useInView(inlineOpener);
  const discussionInline = <DiscussionButton ref={setInlineOpener} count={openCount} onClick={() => setPanelOpen(true)} />;

  const reading = doc.isLoading ? (
    <div aria-busy className="mt-5 grid gap-3">
      {[100, 96, 98, 90, 60].map((w, i) => (
        <Skeleton key={i} className="h-4" style={{ width: `${w}%` }} />
      ))}
    </div>
  ) : doc.isError ? (
    <p className="mt-5 text-sm text-danger">The text of this paper could not be loaded. Reload the page to try again.</p>
  ) : source === "none" || !text ? (
    <p className="mt-5 text-sm text-ink-muted">No abstract was recorded for this paper.</p>
  ) : pdf && view === "pdf" ? (
    <div ref={textRef} className="mt-5" data-testid="paper-pdf-body">
      <LazyPdfView url={pdf.url} fullText={text} highlights={highlights} activeId={activeId} onMarkClick={onMarkClick} onLocator={onPdfLocator} />
    </div>
  ) : (
    <div ref={textRef} className="mt-5" data-testid={source === "abstract" ? "paper-abstract" : "paper-full-text-body"} data-text-source={source}>
      {layout.toc.length >= 2 ? <TableOfContents text={text} headings={layout.toc} /> : null}
      {layout.abstract ? (
        <section aria-label="Abstract" className="mb-10" data-testid="text-abstract">
          <h3 className="mb-3 font-sans text-base font-semibold tracking-tight text-ink">Abstract</h3>
          <ReadingText text={text} blocks={layout.abstract} highlights={highlights} activeId={activeId} onMarkClick={onMarkClick} />
        </section>
      ) : null}
      <ReadingText text={text} blocks={layout.body} highlights={highlights} activeId={activeId} onMarkClick={onMarkClick} />
    </div>
  );

  const composer = draft ? (
    <Composer
      key={`${draft.start}-${draft.end}`}
      draft={draft}
      scope={effectiveScope}
      onScopeChange={setScope}
      onColorChange={(color) => setDraft({ ...draft, color })}
      teams={writable}
      people={people}
      hasList={Boolean(listId)}
      listScoped={listScoped}
      onListScopedChange={setListScoped}
      busy={create.isPending}
      error={composeError}
      onCancel={() => setDraft(null)}
      onSubmit={submitComment}
    />
  ) : null;

  return (
    <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12 xl:grid-cols-[minmax(0,1fr)_22rem]" data-testid="annotatable-document">
      <div ref={frameRef} className={cn("relative min-w-0", view === "pdf" ? "max-w-3xl" : "max-w-[68ch]")}>
        {source === "fullText" ? (
          <>
            {/* The text's own abstract (when it has one) is shown inside the reading text, annotatable, in the text view. */}
            {layout.abstract && view === "text" ? null : (
              <section aria-labelledby="abstract-title" className="mb-12">
                <SectionTitle id="abstract-title" aside={discussionInline}>
                  Abstract
                </SectionTitle>
                {abstract ? <p className="prose-reading mt-5 text-pretty hyphens-auto">{abstract}</p> : null}
              </section>
            )}
            <section aria-labelledby="full-text-title" data-testid="paper-full-text">
              <SectionTitle
                id="full-text-title"
                aside={
                  <div className="flex items-center gap-3">
                    <p className="text-xs text-ink-subtle tabular-nums max-sm:hidden">
                      {words.toLocaleString("en-US")} words · about {Math.max(1, Math.round(words / 200))} min
                    </p>
                    {layout.abstract && view === "text" ? discussionInline : null}
                    {pdf ? (
                      <ReaderViewToggle
                        view={view}
                        onChange={(v) => {
                          clear();
                          setView(v);
                        }}
                      />
                    ) : null}
                  </div>
                }
              >
                Full text
              </SectionTitle>
              {reading}
            </section>
          </>
        ) : (
          <section aria-labelledby="abstract-title">
            <SectionTitle id="abstract-title" aside={discussionInline}>
              Abstract
            </SectionTitle>
            {reading}
          </section>
        )}
        {doc.data?.ownPdf ? (
          <p className="mt-4 text-sm text-ink-muted" data-testid="own-pdf">
            <a href={doc.data.ownPdf.url} target="_blank" rel="noopener" className="font-medium text-accent underline underline-offset-2">
              Open {doc.data.ownPdf.fileName}
            </a>{" "}
            —{" "}
            {doc.data.ownPdf.visibility === "PRIVATE"
              ? "your PDF; only you can see it."
              : doc.data.ownPdf.visibility === "TEAM"
                ? "shared with your team; others cannot see it."
                : "marked public; others see it once an administrator accepts its text for this paper."}
          </p>
        ) : null}
        {children}
        {selection ? (
          <SelectionToolbar
            position={selection.position}
            signedIn={Boolean(me)}
            signInHref={signInHref}
            busy={create.isPending}
            onHighlight={(c) => void highlight(c)}
            onComment={startComment}
          />
        ) : null}
      </div>

      <aside aria-label="Discussion and details" className="flex min-w-0 flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        {details}
        <div
          className={cn(
            "lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:overscroll-contain lg:pr-1 lg:pb-4",
            panelOpen
              ? "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-50 max-lg:max-h-[80dvh] max-lg:overflow-y-auto max-lg:rounded-t-2xl max-lg:border-t max-lg:border-line max-lg:bg-paper max-lg:p-4 max-lg:shadow-lg max-lg:animate-pop-in"
              : "max-lg:hidden",
          )}
        >
          <LinkedAnnotation.Provider value={link.linkedId}>
            <AnnotationSidebar
              threads={threads}
              allThreads={allThreads}
              loading={list.isLoading}
              activeId={activeId}
              onSelect={focusThread}
              filters={filters}
              onFiltersChange={setFilters}
              composer={
                link.notice || composer ? (
                  <>
                    {link.notice}
                    {composer}
                  </>
                ) : null
              }
              people={people}
              viewerId={me?.id ?? null}
              onClose={() => setPanelOpen(false)}
              discussion={{
                signInHref,
                composer: me
                  ? {
                      scope: effectiveScope,
                      onScopeChange: setScope,
                      teams: writable,
                      people,
                      busy: create.isPending,
                      error: noteError,
                      onSubmit: submitPageNote,
                    }
                  : null,
              }}
            />
          </LinkedAnnotation.Provider>
          <PaperAnnotationTools paperId={paperId} signedIn={Boolean(me)} teams={writable} />
        </div>
      </aside>
      {after ? <div className="min-w-0 lg:col-start-1">{after}</div> : null}

      {!panelOpen && !inlineOpenerVisible ? <DiscussionButton count={openCount} onClick={() => setPanelOpen(true)} floating /> : null}
    </div>
  );
}

/** Whether `el` is on screen (true until measured, so the floating button never flashes in on load). */
function useInView(el: HTMLElement | null): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => setVisible(Boolean(entry?.isIntersecting)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return visible;
}

/** Opens the discussion panel on phones (the rail is beside the text from lg up). */
function DiscussionButton({
  count,
  onClick,
  floating = false,
  ref,
}: {
  count: number;
  onClick: () => void;
  floating?: boolean;
  ref?: React.Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClick}
      data-testid={floating ? "discussion-floating" : "discussion-inline"}
      className={cn(
        "inline-flex items-center gap-2 font-medium text-ink lg:hidden",
        floating
          ? "fixed right-4 bottom-4 z-40 h-11 rounded-full border border-line-strong bg-surface-raised px-4 text-sm shadow-lg"
          : "h-7 rounded-md border border-line bg-surface px-2 text-xs normal-case",
      )}
    >
      <MessageSquareText aria-hidden className="size-4 text-accent" /> Discussion
      <span className="rounded-full bg-accent-soft px-1.5 text-xs text-accent-soft-ink tabular-nums">{count}</span>
    </button>
  );
}
