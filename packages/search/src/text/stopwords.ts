// English stopwords for long-query analysis (the classic SMART/Lucene-style core list plus
// question words that natural-language queries are full of: "what", "how", "describe"...).
// Short queries never go through this list: Meilisearch sees them verbatim.
const CORE = `a about above after again against all almost also although always am among an and another any
are aren't as at be because been before being below between both but by can cannot could couldn't did didn't
do does doesn't doing don't down during each either else ever every few for from further had hadn't has hasn't
have haven't having he her here hers herself him himself his how however i if in into is isn't it its itself
just least less let like made make many may me might more most much must my myself neither no nor not now of
off often on once only or other ought our ours ourselves out over own per perhaps quite rather really same she
should shouldn't since so some such than that the their theirs them themselves then there these they this
those though through thus to too under until up upon us very via was wasn't we were weren't what when where
whether which while who whom whose why will with within without would wouldn't yet you your yours yourself
yourselves etc ie eg vs`;

// Words that carry the *shape* of a request rather than its topic.
const QUERY_FILLER = `describe described discuss give find show tell explain interested looking want wish
please paper papers article articles regarding concerning pertaining possible possibly particular particularly
especially specific specifically various something anything anyone someone`;

/** Query-side stopwords: core list + request filler (apostrophe forms included). */
export const QUERY_STOPWORDS: ReadonlySet<string> = new Set(
  [...CORE.split(/\s+/), ...QUERY_FILLER.split(/\s+/)].filter(Boolean).flatMap((w) => [w, w.replace(/'/g, "")]),
);

/** Document-side stopwords (and what a plain BM25 baseline uses): the core list only. */
export const DOC_STOPWORDS: ReadonlySet<string> = new Set(
  CORE.split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [w, w.replace(/'/g, "")]),
);
