package cn.gov.gansu.gaoxin.transfer.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory full-text index of technology achievements (clause 6, contracts §11): one Lucene
 * document per achievement with its title, field and summary segmented by {@link ChineseText};
 * a demand is matched by BM25 over those three fields with boosts title &gt; field &gt; summary.
 * Near-real-time: an added achievement is searchable after {@link #refresh()}. Thread-safe.
 */
public final class AchievementIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String FIELD = "field";
    static final String SUMMARY = "summary";
    /** Title, field and summary as single characters (StandardAnalyzer cuts Han text into characters): the weak fallback. */
    static final String CHARS = "chars";

    /** Field boosts: a word in the title counts most, then the technical field, then the summary. */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3.0f, FIELD, 2.0f, SUMMARY, 1.0f);

    /** At most this many demand words become query terms (the most frequent; title words weigh triple). */
    static final int MAX_QUERY_WORDS = 64;

    /**
     * Weight of a shared single character against a shared word (boost 1 to 3): small enough that
     * characters only order achievements that share no word (an achievement that shares just 电 with
     * the demand comes after every one that shares a word such as 锂电池), yet a demand with no word
     * in common still gets candidates.
     */
    static final float CHAR_BOOST = 0.02f;
    static final int MAX_QUERY_CHARS = 32;

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
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the achievement {@code id}; searchable after the next {@link #refresh()}. */
    public void put(long id, String title, String field, String summary) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        doc.add(new StoredField(ID, id));
        doc.add(new TextField(TITLE, nz(title), Field.Store.NO));
        doc.add(new TextField(FIELD, nz(field), Field.Store.NO));
        doc.add(new TextField(SUMMARY, nz(summary), Field.Store.NO));
        doc.add(new TextField(CHARS, nz(title) + " " + nz(field) + " " + nz(summary), Field.Store.NO));
        try {
            writer.updateDocument(new Term(ID, Long.toString(id)), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public record Hit(long achievement, float score, List<String> matchedTerms) {
    }

    /**
     * The {@code size} best achievements for a demand, best first: ranked by the words they share
     * with it, and below all of those, by shared characters alone (with empty matchedTerms).
     */
    public List<Hit> match(String demandTitle, String demandText, int size) {
        List<String> words = queryWords(demandTitle, demandText);
        List<String> chars = queryChars(nz(demandTitle) + " " + nz(demandText));
        if (words.isEmpty() && chars.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String c : chars) {
            q.add(new BoostQuery(new TermQuery(new Term(CHARS, c)), CHAR_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (String w : words) {
            for (Map.Entry<String, Float> f : BOOSTS.entrySet()) {
                Query t = new TermQuery(new Term(f.getKey(), w));
                q.add(new BoostQuery(t, f.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                s.setSimilarity(new BM25Similarity());
                // count no more hits than asked for, so BM25 max-score pruning starts at once
                TopDocs top = s.search(q.build(), new TopScoreDocCollectorManager(size, null, size, false));
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                List<Set<String>> found = matched(words, leaves, top.scoreDocs);
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    long id = s.storedFields().document(sd.doc).getField(ID).numericValue().longValue();
                    hits.add(new Hit(id, sd.score, outermost(words, found.get(i))));
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
     * For each hit, the demand words it holds in any field, read from the postings: per segment,
     * field and word one dictionary look-up, then the segment's hits in doc order.
     */
    private static List<Set<String>> matched(List<String> words, List<LeafReaderContext> leaves, ScoreDoc[] docs)
            throws IOException {
        List<Set<String>> found = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            found.add(new java.util.HashSet<>());
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
            for (String f : BOOSTS.keySet()) {
                Terms terms = leaf.reader().terms(f);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (String w : words) {
                    if (!te.seekExact(new BytesRef(w))) {
                        continue;
                    }
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int k = from; k < to; k++) {
                        int hit = order[k];
                        int local = docs[hit].doc - leaf.docBase;
                        int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                        if (at == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        if (at == local) {
                            found.get(hit).add(w);
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
