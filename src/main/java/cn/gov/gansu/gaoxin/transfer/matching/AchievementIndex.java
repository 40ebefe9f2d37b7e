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
                TopDocs top = s.search(q.build(), size);
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                    int local = sd.doc - leaf.docBase;
                    long id = s.storedFields().document(sd.doc).getField(ID).numericValue().longValue();
                    hits.add(new Hit(id, sd.score, matched(words, leaf, local)));
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
     * The demand words that the hit holds in any field, in the demand's order, leaving out a word
     * that is part of a longer matched word (电池 inside 锂电池).
     */
    private static List<String> matched(List<String> words, LeafReaderContext leaf, int doc) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        for (String w : words) {
            for (String f : BOOSTS.keySet()) {
                PostingsEnum p = leaf.reader().postings(new Term(f, w), PostingsEnum.NONE);
                if (p != null && p.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS) {
                    found.add(w);
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : found) {
            boolean inside = found.stream().anyMatch(o -> o.length() > w.length() && o.contains(w));
            if (!inside) {
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
