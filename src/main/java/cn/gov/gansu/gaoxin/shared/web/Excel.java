package cn.gov.gansu.gaoxin.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.metadata.data.DataFormatData;
import cn.idev.excel.write.handler.CellWriteHandler;
import cn.idev.excel.write.handler.SheetWriteHandler;
import cn.idev.excel.write.handler.context.CellWriteHandlerContext;
import cn.idev.excel.write.handler.context.SheetWriteHandlerContext;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The platform's one way of writing an Excel export (issue 9 item 6): Chinese headers, a column
 * width per column, the header row frozen, numbers as numeric cells — money in 元 with two decimals
 * (#,##0.00), counts and years as integers — streamed through fastexcel so large lists do not sit in
 * memory. A caller opens a {@link Sheet} (or a {@link Book} of several sheets), writes rows in batches
 * and closes it. It lives in {@code shared} so that a module's own API (the funds ledger statement)
 * and the console's pages write workbooks the same way.
 */
public class Excel {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Only the console's {@code Excel} (which keeps its pages' short name) extends this. */
    protected Excel() {
    }

    /** What a column holds: text, a whole number, money in 元 (two decimals) or another decimal. */
    public enum Kind {
        TEXT, INTEGER, MONEY, DECIMAL
    }

    /** A column: its header, width in characters, and kind. */
    public record Column(String header, int width, Kind kind) {

        public static Column text(String header, int width) {
            return new Column(header, width, Kind.TEXT);
        }

        public static Column integer(String header, int width) {
            return new Column(header, width, Kind.INTEGER);
        }

        public static Column money(String header) {
            return new Column(header, 16, Kind.MONEY);
        }

        public static Column decimal(String header, int width) {
            return new Column(header, width, Kind.DECIMAL);
        }
    }

    /** Sets the download headers of an .xlsx named {@code fileName} (with its extension). */
    public static void download(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * Starts an .xlsx download named {@code fileBase-yyyyMMdd.xlsx} with one sheet of these columns.
     * Row values: String, Number (BigDecimal for money; a money column also takes its JSON string
     * "200000.00"), or null for an empty cell.
     */
    public static Sheet open(HttpServletResponse response, String fileBase, String sheetName, List<Column> columns) throws IOException {
        download(response, fileBase + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
        Book book = new Book(response.getOutputStream());
        return book.sheet(sheetName, columns, true);
    }

    /** A workbook of several sheets written to {@code out} (which is flushed, not closed, at the end). */
    public static Book book(OutputStream out) {
        return new Book(out);
    }

    /** A workbook: add sheets one after the other, then close. */
    public static final class Book implements AutoCloseable {

        private final OutputStream out;
        private final ExcelWriter writer;
        private int sheets;
        private boolean closed;

        Book(OutputStream out) {
            this.out = out;
            this.writer = FastExcel.write(out).autoCloseStream(false).build();
        }

        /** The next sheet of the workbook; write all its rows before asking for the next one. */
        public Sheet sheet(String name, List<Column> columns) {
            return sheet(name, columns, false);
        }

        Sheet sheet(String name, List<Column> columns, boolean closesBook) {
            WriteSheet sheet = FastExcel.writerSheet(sheets++, name).head(columns.stream().map(c -> List.of(c.header())).toList())
                    .registerWriteHandler(new Layout(columns)).build();
            return new Sheet(this, sheet, columns, closesBook);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                writer.finish();
                out.flush();
            }
        }
    }

    /** An open sheet: write rows, then close (which, for a single-sheet download, finishes the workbook). */
    public static final class Sheet implements AutoCloseable {

        private final Book book;
        private final WriteSheet sheet;
        private final List<Column> columns;
        private final boolean closesBook;
        private boolean wrote;

        Sheet(Book book, WriteSheet sheet, List<Column> columns, boolean closesBook) {
            this.book = book;
            this.sheet = sheet;
            this.columns = List.copyOf(columns);
            this.closesBook = closesBook;
        }

        public void write(List<? extends List<?>> rows) {
            List<List<Object>> cells = new ArrayList<>(rows.size());
            for (List<?> row : rows) {
                List<Object> r = new ArrayList<>(columns.size());
                for (int i = 0; i < row.size(); i++) {
                    r.add(i < columns.size() ? cell(columns.get(i).kind(), row.get(i)) : row.get(i));
                }
                cells.add(r);
            }
            if (!cells.isEmpty() || !wrote) {
                book.writer.write(cells, sheet);
                wrote = true;
            }
        }

        /** Money as an exact number with two decimals (a JSON money string too); other values as given. */
        private static Object cell(Kind kind, Object v) {
            if (kind == Kind.MONEY) {
                if (v instanceof String s && !s.isBlank()) {
                    try {
                        v = new BigDecimal(s.trim());
                    } catch (NumberFormatException text) {
                        return s; // a word such as 未设置 stays a word
                    }
                }
                if (v instanceof BigDecimal d) {
                    return d.setScale(2, RoundingMode.HALF_UP);
                }
            }
            return v;
        }

        @Override
        public void close() throws IOException {
            if (!wrote) {
                book.writer.write(List.of(), sheet);
                wrote = true;
            }
            if (closesBook) {
                book.close();
            }
        }
    }

    /** Column widths and the frozen header row when the sheet is created; number formats per cell. */
    private static final class Layout implements SheetWriteHandler, CellWriteHandler {

        private final List<Column> columns;

        Layout(List<Column> columns) {
            this.columns = List.copyOf(columns);
        }

        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            org.apache.poi.ss.usermodel.Sheet sheet = context.getWriteSheetHolder().getSheet();
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void afterCellDataConverted(CellWriteHandlerContext context) {
            if (Boolean.TRUE.equals(context.getHead()) || context.getColumnIndex() == null
                    || context.getColumnIndex() >= columns.size() || context.getFirstCellData() == null) {
                return;
            }
            String format = switch (columns.get(context.getColumnIndex()).kind()) {
                case MONEY -> "#,##0.00";
                case INTEGER -> "0";
                default -> null;
            };
            if (format != null) {
                DataFormatData data = new DataFormatData();
                data.setFormat(format);
                context.getFirstCellData().getOrCreateStyle().setDataFormatData(data);
            }
        }
    }
}
