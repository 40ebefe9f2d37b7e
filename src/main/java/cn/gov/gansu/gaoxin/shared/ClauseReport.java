package cn.gov.gansu.gaoxin.shared;

import java.util.List;
import java.util.Map;

/**
 * What a module does under the policy's clauses: the features that serve each clause (for the
 * generated clause-coverage table) and what it recorded or computed for one zone in one year (for
 * a zone's year, clause by clause — contracts §13). Each module that serves a clause declares one
 * Spring bean implementing this; whoever builds the coverage table or a zone's profile collects all
 * of them, so no module has to know the others.
 */
public interface ClauseReport {

    /** The features this module offers, by clause number ("1"…"21"), in Chinese, e.g. {"6": "科技成果征集与成果库"}. */
    Map<String, List<String>> features();

    /**
     * What the module recorded or computed for {@code zone} in {@code year}, each item under its
     * clause; an empty list when nothing was recorded. Reads honour no caller scope: the caller checks
     * the zone is in scope first.
     */
    List<Item> items(String zone, int year);

    /**
     * One line of a zone's year under a clause.
     *
     * @param clause the clause number, "1"…"21"
     * @param label  Chinese, what is counted or shown (e.g. "新认定高新技术企业")
     * @param value  a number, a money string, a Chinese word, or a list of names — never an internal code
     */
    record Item(String clause, String label, Object value) {
    }
}
