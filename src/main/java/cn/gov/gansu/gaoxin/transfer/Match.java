package cn.gov.gansu.gaoxin.transfer;

import java.util.List;

/** An achievement that answers a demand: BM25 score and the whole words found in both (contracts §11). */
public record Match(long achievement, String title, String owner, float score, List<String> matchedTerms) {
}
