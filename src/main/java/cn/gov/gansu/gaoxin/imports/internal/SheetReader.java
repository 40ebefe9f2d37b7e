package cn.gov.gansu.gaoxin.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.CellDataTypeEnum;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.support.ExcelTypeEnum;

/**
 * Streams the first sheet of an .xlsx row by row (fastexcel's SAX reader, head-less, cells by column
 * index), so a 100,000-row file never sits in memory. Merged cells are resolved before streaming: the
 * sheet's {@code <mergeCells>} are read first (StAX over the sheet part), and every cell of a merged
 * range takes the value of its top-left cell. A formula cell gives its cached result; one without a
 * result is reported as such. Blank rows are skipped; row numbers are the sheet's (header = 1).
 */
public final class SheetReader {

    /** Uploads larger than this are refused (contracts §9). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SheetReader() {
    }

    /** One cell as read: its text (trimmed, never null), its number when numeric, and whether it is a formula without a result. */
    public record Cell(String text, BigDecimal number, LocalDate date, boolean formulaWithoutValue) {
        static final Cell EMPTY = new Cell("", null, null, false);

        public boolean isBlank() {
            return text.isEmpty() && number == null && date == null;
        }
    }

    /** Receives each non-blank row: its sheet row number (1 = header) and its cells by column index. */
    public interface RowSink {
        void row(int rowNumber, List<Cell> cells);
    }

    /**
     * Refuses what is no readable .xlsx: empty, too large, the old binary .xls, another type, a damaged
     * package. Answers the merged ranges of the first sheet.
     */
    public static Layout check(Path file, String originalName) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidInput("上传的文件无法读取");
        }
        if (size == 0) {
            throw new InvalidInput("上传的文件为空（0字节），请选择填写好的Excel（.xlsx）文件");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInput("文件过大（" + (size / 1024 / 1024) + "MB），上限为20MB；请分成多个文件导入");
        }
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, 8);
        } catch (IOException e) {
            throw new InvalidInput("上传的文件无法读取");
        }
        if ((head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new InvalidInput("不支持旧版Excel（.xls）文件，请在Excel中“另存为”Excel工作簿（.xlsx）后再导入");
        }
        if (head[0] != 'P' || head[1] != 'K') {
            String name = originalName == null ? "" : originalName.toLowerCase();
            String what = name.endsWith(".csv") ? "CSV文件" : name.endsWith(".xlsx") ? "文件内容不是Excel工作簿" : "文件类型";
            throw new InvalidInput(what + "不受支持：只能导入Excel工作簿（.xlsx），请下载模板填写后上传");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = firstSheetPart(zip);
            ZipEntry entry = zip.getEntry(sheet);
            if (entry == null) {
                throw damaged();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return merges(in);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw damaged();
        }
    }

    static InvalidInput damaged() {
        return new InvalidInput("文件已损坏或不是有效的Excel工作簿（.xlsx），无法读取；请在Excel中打开确认后另存为.xlsx再导入");
    }

    /** The path of the first worksheet in workbook order (xl/workbook.xml → its relationship). */
    private static String firstSheetPart(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry wb = zip.getEntry("xl/workbook.xml");
        if (wb == null) {
            throw damaged();
        }
        String rid = null;
        try (InputStream in = zip.getInputStream(wb)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext() && rid == null) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if ("id".equals(r.getAttributeLocalName(i))) {
                            rid = r.getAttributeValue(i);
                        }
                    }
                }
            }
            r.close();
        }
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rid == null || rels == null) {
            throw damaged();
        }
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())
                        && rid.equals(r.getAttributeValue(null, "Id"))) {
                    String target = r.getAttributeValue(null, "Target");
                    r.close();
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        throw damaged();
    }

    /** The merged ranges of the first sheet and its last row number by its dimension (null when not declared). */
    public record Layout(List<int[]> merges, Integer lastRow) {
    }

    /** The merged ranges of a sheet part as {firstRow, firstCol, lastRow, lastCol}, 0-based, and its dimension. */
    private static Layout merges(InputStream sheet) throws XMLStreamException {
        List<int[]> ranges = new ArrayList<>();
        Integer lastRow = null;
        XMLStreamReader r = XML.createXMLStreamReader(sheet);
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && "dimension".equals(r.getLocalName())) {
                String ref = r.getAttributeValue(null, "ref");
                try {
                    lastRow = ref == null ? null : cellRef(ref.substring(ref.indexOf(':') + 1))[0] + 1;
                } catch (RuntimeException e) {
                    lastRow = null;
                }
            }
            if (event == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(r.getLocalName())) {
                String ref = r.getAttributeValue(null, "ref");
                if (ref != null && ref.contains(":")) {
                    int[] a = cellRef(ref.substring(0, ref.indexOf(':')));
                    int[] b = cellRef(ref.substring(ref.indexOf(':') + 1));
                    ranges.add(new int[] {a[0], a[1], b[0], b[1]});
                }
            }
        }
        r.close();
        return new Layout(ranges, lastRow);
    }

    /** "B12" → {11, 1}. */
    static int[] cellRef(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(ref.substring(i)) - 1, col - 1};
    }

    /** Reads the header row and answers it (an empty list when the sheet holds nothing), and whether a data row follows. */
    public static Head head(Path file) {
        List<List<Cell>> rows = new ArrayList<>();
        try {
            FastExcel.read(file.toFile(), new Listener(List.of(), (n, cells) -> {
                rows.add(cells);
                if (rows.size() >= 2) {
                    throw new ExcelAnalysisStopException();
                }
            })).excelType(ExcelTypeEnum.XLSX).headRowNumber(0).readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .ignoreEmptyRow(true).sheet(0).doRead();
        } catch (ExcelAnalysisStopException stop) {
            // read enough
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged();
        }
        return new Head(rows.isEmpty() ? List.of() : rows.get(0).stream().map(Cell::text).toList(), rows.size() > 1);
    }

    public record Head(List<String> headers, boolean hasData) {
    }

    /** Streams every non-blank row of the first sheet, the header included, with merged cells filled. */
    public static void read(Path file, List<int[]> merges, RowSink sink) {
        try {
            FastExcel.read(file.toFile(), new Listener(merges, sink)).excelType(ExcelTypeEnum.XLSX).headRowNumber(0)
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA).ignoreEmptyRow(true).sheet(0).doRead();
        } catch (cn.idev.excel.exception.ExcelDataConvertException | cn.idev.excel.exception.ExcelAnalysisException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
                if (cause instanceof RuntimeException re && !(cause instanceof cn.idev.excel.exception.ExcelAnalysisException)) {
                    throw re;
                }
            }
            throw damaged();
        }
    }

    private static final class Listener implements ReadListener<Map<Integer, ReadCellData<?>>> {
        private final List<int[]> merges;
        private final RowSink sink;
        /** Top-left values of merged ranges already seen, by range index. */
        private final Map<Integer, Cell> topLeft = new HashMap<>();

        Listener(List<int[]> merges, RowSink sink) {
            this.merges = merges;
            this.sink = sink;
        }

        @Override
        public void invoke(Map<Integer, ReadCellData<?>> data, AnalysisContext context) {
            int row = context.readRowHolder().getRowIndex();
            int width = 0;
            for (Integer k : data.keySet()) {
                width = Math.max(width, k + 1);
            }
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(cell(data.get(c)));
            }
            for (int i = 0; i < merges.size(); i++) {
                int[] m = merges.get(i);
                if (row < m[0] || row > m[2]) {
                    continue;
                }
                if (row == m[0]) {
                    topLeft.put(i, m[1] < cells.size() ? cells.get(m[1]) : Cell.EMPTY);
                }
                Cell value = topLeft.getOrDefault(i, Cell.EMPTY);
                for (int c = m[1]; c <= m[3]; c++) {
                    while (cells.size() <= c) {
                        cells.add(Cell.EMPTY);
                    }
                    if (row != m[0] || c != m[1]) {
                        cells.set(c, value);
                    }
                }
            }
            sink.row(row + 1, cells);
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }

        @Override
        public void onException(Exception exception, AnalysisContext context) throws Exception {
            throw exception;
        }
    }

    static Cell cell(ReadCellData<?> d) {
        if (d == null || d.getType() == null) {
            return Cell.EMPTY;
        }
        boolean formula = d.getFormulaData() != null && d.getFormulaData().getFormulaValue() != null;
        CellDataTypeEnum type = d.getType();
        switch (type) {
            case NUMBER -> {
                BigDecimal n = d.getNumberValue();
                if (n == null) {
                    return new Cell("", null, null, formula);
                }
                LocalDate date = null;
                if (d.getDataFormatData() != null && looksLikeDate(d.getDataFormatData().getFormat())) {
                    date = serialDate(n);
                }
                return new Cell(n.stripTrailingZeros().toPlainString(), n, date, false);
            }
            case DATE -> {
                Object v = d.getData();
                LocalDate date = v instanceof LocalDateTime t ? t.toLocalDate() : v instanceof LocalDate l ? l
                        : v instanceof java.util.Date u ? new java.sql.Date(u.getTime()).toLocalDate() : null;
                return new Cell(date == null ? "" : date.toString(), null, date, false);
            }
            case BOOLEAN -> {
                return new Cell(String.valueOf(d.getBooleanValue()), null, null, false);
            }
            case ERROR -> {
                return new Cell("", null, null, true);
            }
            case EMPTY -> {
                return new Cell("", null, null, formula);
            }
            default -> {
                String s = d.getStringValue() == null ? "" : d.getStringValue().replace('\u00A0', ' ').replace('\u3000', ' ').trim();
                return new Cell(s, null, null, formula && s.isEmpty());
            }
        }
    }

    private static boolean looksLikeDate(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase().replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        return (f.contains("y") || f.contains("d")) && !f.contains("0") || f.contains("年") || f.contains("mm-dd") || f.contains("m/d");
    }

    /** Excel's 1900 date system: serial 1 = 1900-01-01 (with the 1900 leap-year quirk, so day 0 is 1899-12-30). */
    static LocalDate serialDate(BigDecimal serial) {
        long days = serial.longValue();
        if (days < 1 || days > 2_958_465) {
            return null;
        }
        return LocalDate.of(1899, 12, 30).plusDays(days);
    }
}
