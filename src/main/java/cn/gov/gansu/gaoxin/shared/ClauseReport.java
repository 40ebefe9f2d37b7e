package cn.gov.gansu.gaoxin.shared;

import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * The items of a zone's year, in the order added. {@link #addIfPresent} states the rule every
     * report follows for optional lines: nothing recorded means no line (never an empty list, a blank
     * word or a null shown as if it were a value).
     */
    final class Items {

        private final List<Item> items = new ArrayList<>();

        /** Adds the line whatever its value (a null value is shown as missing). */
        public Items add(String clause, String label, Object value) {
            items.add(new Item(clause, label, value));
            return this;
        }

        /** Adds the line only when {@code value} is present: not null, not an empty collection, not a blank string. */
        public Items addIfPresent(String clause, String label, Object value) {
            boolean absent = value == null || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof String s && s.isBlank();
            return absent ? this : add(clause, label, value);
        }

        /** The lines added so far, in order. */
        public List<Item> list() {
            return items;
        }
    }
}
