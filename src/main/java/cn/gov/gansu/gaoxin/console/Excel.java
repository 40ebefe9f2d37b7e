package cn.gov.gansu.gaoxin.console;

/**
 * The console's name for {@link cn.gov.gansu.gaoxin.shared.web.Excel}, the platform's one way of
 * writing an Excel export (numeric money, widths, frozen header, streamed): pages keep writing
 * {@code Excel.open(..)}, {@code Excel.Column.money(..)} and {@code Excel.Sheet} — the nested types
 * and static methods are inherited. The helper moved to {@code shared} so that a module's own API
 * (the funds ledger statement) can use it too; console depends on funds, not the reverse.
 */
final class Excel extends cn.gov.gansu.gaoxin.shared.web.Excel {

    static final String XLSX = cn.gov.gansu.gaoxin.shared.web.Excel.XLSX;

    private Excel() {
    }
}
