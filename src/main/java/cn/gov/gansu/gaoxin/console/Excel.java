package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
 * The console's one way of writing an Excel export (issue 9 item 6): Chinese headers, a column
 * width per column, the header row frozen, numbers as numeric cells — money in 元 with two decimals
 * (#,##0.00), counts and years as integers — streamed through fastexcel so large lists do not sit in
 * memory. A page opens a {@link Sheet}, writes rows in batches and closes it.
 */
final class Excel {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Excel() {
    }

    /** What a column holds: text, a whole number, money in 元 (two decimals) or another decimal. */
    enum Kind {
        TEXT, INTEGER, MONEY, DECIMAL
    }

    /** A column: its header, width in characters, and kind. */
    record Column(String header, int width, Kind kind) {

        static Column text(String header, int width) {
            return new Column(header, width, Kind.TEXT);
        }

        static Column integer(String header, int width) {
            return new Column(header, width, Kind.INTEGER);
        }

        static Column money(String header) {
            return new Column(header, 16, Kind.MONEY);
        }

        static Column decimal(String header, int width) {
            return new Column(header, width, Kind.DECIMAL);
        }
    }

    /**
     * Starts an .xlsx download named {@code fileBase-yyyyMMdd.xlsx} with one sheet of these columns.
     * Row values: String, Number (BigDecimal for money), or null for an empty cell.
     */
    static Sheet open(HttpServletResponse response, String fileBase, String sheetName, List<Column> columns) throws IOException {
        String file = fileBase + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return new Sheet(response.getOutputStream(), sheetName, columns);
    }

    /** An open sheet: write rows, then close (which finishes the workbook and flushes the response). */
    static final class Sheet implements AutoCloseable {

        private final OutputStream out;
        private final ExcelWriter writer;
        private final WriteSheet sheet;
        private final List<Column> columns;
        private boolean wrote;

        Sheet(OutputStream out, String sheetName, List<Column> columns) {
            this.out = out;
            this.columns = List.copyOf(columns);
            this.writer = FastExcel.write(out).head(columns.stream().map(c -> List.of(c.header())).toList())
                    .registerWriteHandler(new Layout(columns)).autoCloseStream(false).build();
            this.sheet = FastExcel.writerSheet(sheetName).build();
        }

        void write(List<? extends List<?>> rows) {
            List<List<Object>> cells = new ArrayList<>(rows.size());
            for (List<?> row : rows) {
                List<Object> r = new ArrayList<>(columns.size());
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    boolean money = i < columns.size() && columns.get(i).kind() == Kind.MONEY;
                    r.add(money && v instanceof BigDecimal d ? d.setScale(2, java.math.RoundingMode.HALF_UP) : v);
                }
                cells.add(r);
            }
            if (!cells.isEmpty() || !wrote) {
                writer.write(cells, sheet);
                wrote = true;
            }
        }

        @Override
        public void close() throws IOException {
            if (!wrote) {
                writer.write(List.of(), sheet);
            }
            writer.finish();
            out.flush();
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
            Sheet0.apply(context.getWriteSheetHolder().getSheet(), columns);
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

    private static final class Sheet0 {
        static void apply(org.apache.poi.ss.usermodel.Sheet sheet, List<Column> columns) {
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, 1);
        }
    }
}
