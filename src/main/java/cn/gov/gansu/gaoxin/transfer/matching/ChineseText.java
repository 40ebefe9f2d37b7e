package cn.gov.gansu.gaoxin.transfer.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Chinese word segmentation for matching (clause 6, contracts §11): Lucene's SmartChineseAnalyzer
 * (HMM segmentation over its bigram dictionary), followed by a domain lexicon that joins the
 * segments of a technical compound into one word as well (smartcn cuts 锂电池正极材料 into
 * 锂|电池|正极|材料; the lexicon adds 锂电池 and 正极材料, the parts stay so 电池 still matches).
 * The lexicon is {@code transfer/lexicon.txt} (one word a line); generic words that say nothing
 * about a technology (技术, 研究 …) are in {@code transfer/generic-words.txt} and never chosen as
 * query terms.
 */
public final class ChineseText {

    /** Longest compound, in segments, that the lexicon may join. */
    static final int MAX_SPAN = 4;

    private final Set<String> lexicon;
    private final Set<String> generic;
    private final Analyzer analyzer;

    public ChineseText() {
        this(resource("/transfer/lexicon.txt"), resource("/transfer/generic-words.txt"));
    }

    ChineseText(Set<String> lexicon, Set<String> generic) {
        this.lexicon = Set.copyOf(lexicon);
        this.generic = Set.copyOf(generic);
        SmartChineseAnalyzer smartcn = new SmartChineseAnalyzer();
        this.analyzer = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return smartcn;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new LexiconFilter(components.getTokenStream(), ChineseText.this.lexicon));
            }
        };
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The words of {@code text} in order of first appearance, each with how often it occurs. */
    public Map<String, Integer> words(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a word is worth matching on: two characters or more, and not a generic word. */
    public boolean meaningful(String word) {
        return word.codePointCount(0, word.length()) >= 2 && !generic.contains(word);
    }

    private static Set<String> resource(String resource) {
        Set<String> out = new HashSet<>();
        var in = ChineseText.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w.toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * After each segment, adds the longest run of adjacent segments (no gap between them) starting
     * there whose joined text is a lexicon word, at the same position.
     */
    static final class LexiconFilter extends TokenFilter {

        private record Token(String term, int start, int end, int posInc) {
        }

        private final Set<String> lexicon;
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
        private List<Token> out;
        private int next;

        LexiconFilter(TokenStream input, Set<String> lexicon) {
            super(input);
            this.lexicon = lexicon;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (out == null) {
                List<Token> in = new ArrayList<>();
                while (input.incrementToken()) {
                    in.add(new Token(termAtt.toString(), offsetAtt.startOffset(), offsetAtt.endOffset(),
                            posAtt.getPositionIncrement()));
                }
                out = new ArrayList<>(in.size() + in.size() / 4);
                for (int i = 0; i < in.size(); i++) {
                    Token t = in.get(i);
                    out.add(t);
                    StringBuilder joined = new StringBuilder(t.term());
                    String longest = null;
                    int end = t.end();
                    for (int j = i + 1; j < in.size() && j < i + MAX_SPAN; j++) {
                        Token u = in.get(j);
                        if (u.start() != in.get(j - 1).end()) {
                            break;
                        }
                        joined.append(u.term());
                        if (lexicon.contains(joined.toString())) {
                            longest = joined.toString();
                            end = u.end();
                        }
                    }
                    if (longest != null) {
                        out.add(new Token(longest, t.start(), end, 0));
                    }
                }
                next = 0;
            }
            if (next >= out.size()) {
                return false;
            }
            Token t = out.get(next++);
            clearAttributes();
            termAtt.setEmpty().append(t.term());
            offsetAtt.setOffset(t.start(), t.end());
            posAtt.setPositionIncrement(t.posInc());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            out = null;
            next = 0;
        }
    }
}
