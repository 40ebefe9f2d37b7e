package cn.gov.gansu.gaoxin.imports.internal;

/** One fault of an import file: the sheet's row number (header = 1), the column's header (null: the whole row) and a Chinese message. */
public record ImportError(int row, String column, String message) {
}
