package cn.gov.gansu.gaoxin.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.imports.internal.SheetReader.Cell;
import cn.gov.gansu.gaoxin.shared.Uscc;

/**
 * Reads one sheet row cell by cell, collecting every fault as a Chinese message naming the column,
 * so a row with three bad cells reports three errors.
 */
final class RowCheck {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    final int row;
    private final List<Cell> cells;
    private final List<String> headers;
    final List<ImportError> errors = new ArrayList<>();

    RowCheck(int row, List<Cell> cells, List<String> headers) {
        this.row = row;
        this.cells = cells;
        this.headers = headers;
    }

    private Cell cell(int col) {
        Cell c = col < cells.size() ? cells.get(col) : SheetReader.Cell.EMPTY;
        if (c.formulaWithoutValue()) {
            error(col, "公式单元格没有计算结果（或结果为错误值），请在Excel中重新计算后保存，或改为填写数值");
            return SheetReader.Cell.EMPTY;
        }
        return c;
    }

    void error(int col, String message) {
        errors.add(new ImportError(row, headers.get(col), message));
    }

    /** The cell's text, or null when blank (an error when required). */
    String text(int col, boolean required, int maxLength) {
        Cell c = cell(col);
        if (c.text().isEmpty()) {
            if (required) {
                error(col, "“" + headers.get(col) + "”不能为空");
            }
            return null;
        }
        if (c.text().length() > maxLength) {
            error(col, "“" + headers.get(col) + "”过长（最多" + maxLength + "字）");
            return null;
        }
        return c.text();
    }

    /** A USCC with its check character verified; a number (Excel dropped the digits) is refused with a hint. */
    String uscc(int col, boolean required) {
        Cell c = cell(col);
        if (c.number() != null && c.text().length() >= 15) {
            error(col, "统一社会信用代码被Excel存成了数字（" + c.text() + "），已丢失精度；请把该列设为“文本”格式后重新填写");
            return null;
        }
        String v = text(col, required, 40);
        if (v == null) {
            return null;
        }
        String upper = v.replace(" ", "").toUpperCase();
        String problem = Uscc.problemWith(upper);
        if (problem != null) {
            error(col, problem);
            return null;
        }
        return upper;
    }

    LocalDate date(int col, boolean required) {
        Cell c = cell(col);
        if (c.date() != null) {
            return c.date();
        }
        if (c.number() != null) {
            LocalDate d = c.text().matches("\\d{8}") ? compact(c.text()) : SheetReader.serialDate(c.number());
            if (d == null) {
                error(col, "“" + headers.get(col) + "”不是有效日期（“" + c.text() + "”），格式如 2025-11-03");
            }
            return d;
        }
        String v = text(col, required, 30);
        if (v == null) {
            return null;
        }
        Matcher m = DATE.matcher(v);
        LocalDate d = null;
        try {
            if (m.matches()) {
                d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (COMPACT_DATE.matcher(v).matches()) {
                d = compact(v);
            }
        } catch (java.time.DateTimeException e) {
            d = null;
        }
        if (d == null) {
            error(col, "“" + headers.get(col) + "”不是有效日期（“" + abbreviate(v) + "”），格式如 2025-11-03");
        }
        return d;
    }

    private static LocalDate compact(String v) {
        try {
            return LocalDate.parse(v, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount in 元 (at most two decimals), or null when blank (never zero for a blank cell). */
    BigDecimal money(int col) {
        Cell c = cell(col);
        String v = c.number() != null ? c.number().toPlainString() : c.text().replace(",", "").replace("，", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() < 0) {
                error(col, "“" + headers.get(col) + "”不能为负数");
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                error(col, "“" + headers.get(col) + "”精确到分，最多两位小数（“" + abbreviate(v) + "”）");
                return null;
            }
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            error(col, "“" + headers.get(col) + "”须为数字金额（元），如 1200000.00（“" + abbreviate(v) + "”）");
            return null;
        }
    }

    Integer integer(int col, boolean required) {
        Cell c = cell(col);
        String v = c.number() != null ? c.number().stripTrailingZeros().toPlainString() : c.text().replace(",", "");
        if (v.isEmpty()) {
            if (required) {
                error(col, "“" + headers.get(col) + "”不能为空");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                error(col, "“" + headers.get(col) + "”不能为负数");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(col, "“" + headers.get(col) + "”须为整数（“" + abbreviate(v) + "”）");
            return null;
        }
    }

    boolean ok() {
        return errors.isEmpty();
    }

    static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
