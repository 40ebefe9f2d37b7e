package cn.gov.gansu.gaoxin.transfer.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory full-text index of technology achievements (clause 6, contracts §11): one Lucene
 * document per achievement whose title, field and summary are segmented by {@link ChineseText} into
 * one weighted field — BM25F by repetition: the title counts {@value #TITLE_WEIGHT} times, the
 * technical field {@value #FIELD_WEIGHT} times, the summary once, so a demand word is one query
 * clause rather than one per field (a third of the clauses; the matcher's cost grows with them).
 * Achievements that share no word with a demand are ranked after all that do, by shared single
 * characters, in a second query that runs only when the first finds fewer than asked for.
 * Near-real-time: an added achievement is searchable after {@link #refresh()}. Thread-safe: any
 * number of threads match at once, each on the searcher current when it starts.
 */
public final class AchievementIndex implements AutoCloseable {

    static final String ID = "id";
    /** Title ×{@value #TITLE_WEIGHT}, field ×{@value #FIELD_WEIGHT} and summary, segmented into words. */
    static final String WORDS = "words";
    /** Title, field and summary as single characters (StandardAnalyzer cuts Han text into characters): the weak fallback. */
    static final String CHARS = "chars";

    /** Field weights (BM25F by repeating the text): a word in the title counts most, then the technical field, then the summary. */
    static final int TITLE_WEIGHT = 3;
    static final int FIELD_WEIGHT = 2;

    /** At most this many demand words become query terms (the most frequent; title words weigh triple). */
    static final int MAX_QUERY_WORDS = 64;
    static final int MAX_QUERY_CHARS = 32;

    /** A word held by more than this share of the achievements is not scored (see {@link #selective}). */
    static final double MAX_DOC_SHARE = 0.2;
    static final int MIN_QUERY_WORDS = 3;

    /**
     * Character-only hits come after every word hit: their scores are scaled to at most this share
     * of the lowest word score.
     */
    static final float CHAR_SHARE = 0.5f;

    private final ChineseText text;
    private final Analyzer characters = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public AchievementIndex(ChineseText text) {
        this.text = text;
        try {
            IndexWriterConfig config = new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(text.analyzer(), Map.of(CHARS, characters)));
            config.setSimilarity(new BM25Similarity());
            // bulk building: flush rarely (few, large segments), nothing is ever committed (in memory)
            config.setRAMBufferSizeMB(256);
            config.setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the achievement {@code id}; searchable after the next {@link #refresh()}. */
    public void put(long id, String title, String field, String summary) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(id)), document(id, title, field, summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds an achievement known not to be in the index yet (the start-up build): no look-up of an
     * older version, so faster than {@link #put}.
     */
    public void add(long id, String title, String field, String summary) {
        try {
            writer.addDocument(document(id, title, field, summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(long id, String title, String field, String summary) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, id));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < TITLE_WEIGHT; i++) {
            words.append(nz(title)).append('\n');
        }
        for (int i = 0; i < FIELD_WEIGHT; i++) {
            words.append(nz(field)).append('\n');
        }
        words.append(nz(summary));
        doc.add(new TextField(WORDS, words.toString(), Field.Store.NO));
        doc.add(new TextField(CHARS, nz(title) + " " + nz(field) + " " + nz(summary), Field.Store.NO));
        return doc;
    }

    /** Makes everything put so far searchable. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One achievement found for a demand: its id, BM25 score and the words found in both. */
    public static final class Hit {
        private final long achievement;
        private final float score;
        private final Explanation explanation;
        private final int index;

        Hit(long achievement, float score, Explanation explanation, int index) {
            this.achievement = achievement;
            this.score = score;
            this.explanation = explanation;
            this.index = index;
        }

        public long achievement() {
            return achievement;
        }

        public float score() {
            return score;
        }

        /**
         * The demand's words this achievement holds (empty for a hit on characters alone). Worked out
         * when first read, for all hits of the match at once, so a caller that only ranks pays nothing.
         */
        public List<String> matchedTerms() {
            return explanation == null ? List.of() : explanation.of(index);
        }

        @Override
        public String toString() {
            return "Hit[" + achievement + ", " + score + "]";
        }
    }

    /**
     * The matched words of one match's word hits, computed on first read: on the searcher the match
     * ran on when the index has not changed since (its term states serve again), else on the current
     * one, finding each hit by its id (an achievement changed in between is explained as it is now).
     */
    final class Explanation {
        private final List<String> words;
        private final Map<String, TermStates> states;
        private final IndexReader searched;
        private final ScoreDoc[] docs;
        private final long[] ids;
        private List<List<String>> found;

        Explanation(List<String> words, Map<String, TermStates> states, IndexReader searched, ScoreDoc[] docs, long[] ids) {
            this.words = words;
            this.states = states;
            this.searched = searched;
            this.docs = docs;
            this.ids = ids;
        }

        synchronized List<String> of(int i) {
            if (found == null) {
                found = compute();
            }
            return found.get(i);
        }

        private List<List<String>> compute() {
            try {
                IndexSearcher s = searchers.acquire();
                try {
                    List<Set<String>> sets;
                    if (s.getIndexReader() == searched) {
                        sets = matched(states, s.getIndexReader().leaves(), docs);
                    } else {
                        sets = matchedNow(s);
                    }
                    List<List<String>> out = new ArrayList<>(sets.size());
                    for (Set<String> set : sets) {
                        out.add(outermost(words, set));
                    }
                    return out;
                } finally {
                    searchers.release(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The index changed since the match: each hit's current document, looked up by id, and fresh term states. */
        private List<Set<String>> matchedNow(IndexSearcher s) throws IOException {
            List<Integer> present = new ArrayList<>();
            List<ScoreDoc> now = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                TopDocs d = s.search(new TermQuery(new Term(ID, Long.toString(ids[i]))), 1);
                if (d.scoreDocs.length > 0) {
                    present.add(i);
                    now.add(d.scoreDocs[0]);
                }
            }
            Map<String, TermStates> fresh = new LinkedHashMap<>();
            for (String w : states.keySet()) {
                fresh.put(w, TermStates.build(s, new Term(WORDS, w), false));
            }
            List<Set<String>> found = matched(fresh, s.getIndexReader().leaves(), now.toArray(ScoreDoc[]::new));
            List<Set<String>> out = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                out.add(new HashSet<>());
            }
            for (int k = 0; k < present.size(); k++) {
                out.set(present.get(k), found.get(k));
            }
            return out;
        }
    }

    /**
     * The {@code size} best achievements for a demand, best first: ranked by the words they share
     * with it, and below all of those, by shared characters alone (with empty matchedTerms).
     */
    public List<Hit> match(String demandTitle, String demandText, int size) {
        List<String> words = queryWords(demandTitle, demandText);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>(size);
                Set<Integer> seen = new HashSet<>();
                // each word is looked up in the term dictionaries once: the states serve both the
                // query and the matched words; words no achievement holds are left out
                Map<String, TermStates> present = new LinkedHashMap<>();
                for (String w : words) {
                    Term term = new Term(WORDS, w);
                    TermStates states = TermStates.build(s, term, true);
                    if (states.docFreq() > 0) {
                        present.put(w, states);
                    }
                }
                if (!present.isEmpty()) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder();
                    selective(present, s.getIndexReader().maxDoc())
                            .forEach((w, states) -> q.add(new TermQuery(new Term(WORDS, w), states), BooleanClause.Occur.SHOULD));
                    // count no more hits than asked for, so BM25 max-score pruning starts at once
                    ScoreDoc[] top = s.search(q.build(), new TopScoreDocCollectorManager(size, null, size, false)).scoreDocs;
                    long[] ids = ids(s, top);
                    Explanation explanation = new Explanation(words, present, s.getIndexReader(), top, ids);
                    for (int i = 0; i < top.length; i++) {
                        hits.add(new Hit(ids[i], top[i].score, explanation, i));
                        seen.add(top[i].doc);
                    }
                }
                if (hits.size() < size) {
                    fillWithCharacters(s, demandTitle, demandText, size, hits, seen);
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words worth scoring: a word held by more than {@value #MAX_DOC_SHARE} of all achievements
     * (e.g. 技术, 研发 in a large library) tells them apart hardly at all (BM25 gives it almost no weight)
     * but costs the most to score, so it is left out of the query — as Lucene's MoreLikeThis does with
     * maxDocFreqPct — unless fewer than {@value #MIN_QUERY_WORDS} words would remain. Such words still
     * appear among a hit's matched words.
     */
    static Map<String, TermStates> selective(Map<String, TermStates> present, int maxDoc) {
        if (present.size() <= MIN_QUERY_WORDS || maxDoc < 1_000) {
            return present;
        }
        Map<String, TermStates> rare = new LinkedHashMap<>();
        present.forEach((w, st) -> {
            if (st.docFreq() <= MAX_DOC_SHARE * maxDoc) {
                rare.put(w, st);
            }
        });
        if (rare.size() >= MIN_QUERY_WORDS) {
            return rare;
        }
        // too few rare words: the rarest of the common ones make up the minimum
        List<Map.Entry<String, TermStates>> all = new ArrayList<>(present.entrySet());
        all.sort(Comparator.comparingInt((Map.Entry<String, TermStates> e) -> e.getValue().docFreq()));
        Map<String, TermStates> kept = new LinkedHashMap<>();
        for (Map.Entry<String, TermStates> e : all.subList(0, MIN_QUERY_WORDS)) {
            kept.put(e.getKey(), e.getValue());
        }
        return kept;
    }

    /** Adds the best achievements that share only characters with the demand, scored below every word hit. */
    private void fillWithCharacters(IndexSearcher s, String title, String body, int size, List<Hit> hits, Set<Integer> seen)
            throws IOException {
        List<String> chars = queryChars(nz(title) + " " + nz(body));
        if (chars.isEmpty()) {
            return;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String c : chars) {
            q.add(new TermQuery(new Term(CHARS, c)), BooleanClause.Occur.SHOULD);
        }
        int want = size + seen.size();
        ScoreDoc[] top = s.search(q.build(), new TopScoreDocCollectorManager(want, null, want, false)).scoreDocs;
        List<ScoreDoc> rest = new ArrayList<>();
        for (ScoreDoc sd : top) {
            if (!seen.contains(sd.doc) && rest.size() < size - hits.size()) {
                rest.add(sd);
            }
        }
        if (rest.isEmpty()) {
            return;
        }
        float factor = 1f;
        if (!hits.isEmpty()) {
            float lowest = hits.get(hits.size() - 1).score();
            factor = Math.min(1f, CHAR_SHARE * lowest / rest.get(0).score);
        }
        long[] ids = ids(s, rest.toArray(ScoreDoc[]::new));
        for (int i = 0; i < rest.size(); i++) {
            hits.add(new Hit(ids[i], rest.get(i).score * factor, null, i));
        }
    }

    /** The achievement ids of top documents, read from doc values. */
    private static long[] ids(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        long[] out = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            NumericDocValues v = DocValues.getNumeric(leaf.reader(), ID);
            if (!v.advanceExact(docs[i].doc - leaf.docBase)) {
                throw new IllegalStateException("achievement without id");
            }
            out[i] = v.longValue();
        }
        return out;
    }

    /**
     * The demand's meaningful words, most weighty first (title words count three times), at most
     * {@link #MAX_QUERY_WORDS}; ties keep the order of first appearance.
     */
    List<String> queryWords(String title, String body) {
        Map<String, Integer> weights = new java.util.LinkedHashMap<>();
        text.words(title).forEach((w, n) -> weights.merge(w, 3 * n, Integer::sum));
        text.words(body).forEach((w, n) -> weights.merge(w, n, Integer::sum));
        List<String> order = new ArrayList<>(weights.keySet());
        return order.stream().filter(text::meaningful)
                .sorted(Comparator.comparing((String w) -> -weights.get(w)))
                .limit(MAX_QUERY_WORDS).toList();
    }

    /** The demand's distinct characters (Han characters; other scripts as words), most frequent first, at most {@link #MAX_QUERY_CHARS}. */
    List<String> queryChars(String demand) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        try (var ts = characters.tokenStream(CHARS, demand)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts.keySet().stream().sorted(Comparator.comparing((String c) -> -counts.get(c))).limit(MAX_QUERY_CHARS).toList();
    }

    /**
     * For each hit, the demand words it holds, read from the postings: per segment and word one
     * dictionary look-up, then the segment's hits in doc order.
     */
    private static List<Set<String>> matched(Map<String, TermStates> words, List<LeafReaderContext> leaves, ScoreDoc[] docs)
            throws IOException {
        List<Set<String>> found = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            found.add(new HashSet<>());
        }
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        int from = 0;
        while (from < order.length) {
            int leafIndex = ReaderUtil.subIndex(docs[order[from]].doc, leaves);
            LeafReaderContext leaf = leaves.get(leafIndex);
            int to = from;
            while (to < order.length && ReaderUtil.subIndex(docs[order[to]].doc, leaves) == leafIndex) {
                to++;
            }
            Terms terms = leaf.reader().terms(WORDS);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (Map.Entry<String, TermStates> w : words.entrySet()) {
                    TermState state = w.getValue().get(leaf);
                    if (state == null) {
                        continue;
                    }
                    te.seekExact(new BytesRef(w.getKey()), state);
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int k = from; k < to; k++) {
                        int hit = order[k];
                        int local = docs[hit].doc - leaf.docBase;
                        int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                        if (at == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        if (at == local) {
                            found.get(hit).add(w.getKey());
                        }
                    }
                }
            }
            from = to;
        }
        return found;
    }

    /** The found words in the demand's order, leaving out a word inside a longer found word (电池 inside 锂电池). */
    private static List<String> outermost(List<String> words, Set<String> found) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (found.contains(w) && found.stream().noneMatch(o -> o.length() > w.length() && o.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            characters.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
