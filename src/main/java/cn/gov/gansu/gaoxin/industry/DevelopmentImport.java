package cn.gov.gansu.gaoxin.industry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.idev.excel.FastExcel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel import of a zone's development records (clauses 12, 14–18), following contracts §9's habits: a
 * template with a header row and an example, all-or-nothing (a file with any error writes nothing and
 * lists every error with its sheet row and column, in Chinese), and idempotent — a row is keyed by
 * 年度 + 类型 + 类别 + 名称 within the zone: the same row again is {@code unchanged}, a row whose other
 * columns differ corrects the record ({@code updated}). Every write audited. The imports module has no
 * extension point for other modules' kinds (its kinds are a closed enum), so this lives here.
 */
@Component
public class DevelopmentImport {

    public static final List<String> HEADERS = List.of("年度", "类型", "类别", "名称", "金额（元）", "日期", "地区/国家", "人员", "链接", "说明");
    static final List<String> EXAMPLE = List.of("2025", "科技金融", "知识产权质押贷款", "某某公司知识产权质押贷款", "5000000.00", "2025-04-01", "",
            "", "", "");
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final Map<String, String> FIELD_COLUMN = Map.of("year", "年度", "kind", "类型", "category", "类别", "name", "名称",
            "amountYuan", "金额（元）", "date", "日期", "region", "地区/国家", "people", "人员", "link", "链接", "note", "说明");

    private final DevelopmentRecords records;

    DevelopmentImport(DevelopmentRecords records) {
        this.records = records;
    }

    /** One error: the sheet's row number (header = 1), the column's header, the Chinese message. */
    public record RowError(int row, String column, String message) {
    }

    /** What an import did: COMPLETED (everything written) or FAILED (nothing written, every error listed). */
    public record Report(@io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"COMPLETED", "FAILED"}) String status, int rows, int created, int updated, int unchanged, List<RowError> errors) {
    }

    /** The template: the header row and one example row. */
    public byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(HEADERS.stream().map(List::of).toList()).sheet("发展记录").doWrite(List.of(EXAMPLE));
        return out.toByteArray();
    }

    @Transactional
    public Report importFile(String zone, byte[] file) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        records.requireZone(scope, zone);
        if (file == null || file.length == 0) {
            throw new InvalidInput("文件为空：请上传按模板填写的 .xlsx 文件");
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInput("文件超过20MB");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new InvalidInput("文件类型不对：须为 Excel .xlsx 文件");
        }
        List<Map<Integer, String>> sheet;
        try (InputStream in = new ByteArrayInputStream(file)) {
            sheet = FastExcel.read(in).headRowNumber(0).sheet().doReadSync();
        } catch (IOException | RuntimeException damaged) {
            throw new InvalidInput("文件已损坏或不是有效的 Excel 文件");
        }
        if (sheet.isEmpty()) {
            throw new InvalidInput("表格为空：第1行须为表头（" + String.join("、", HEADERS) + "）");
        }
        Map<Integer, String> head = sheet.get(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).equals(trim(head.get(i)))) {
                throw new InvalidInput("表头第" + (i + 1) + "列须为“" + HEADERS.get(i) + "”（表头依次为：" + String.join("、", HEADERS) + "）");
            }
        }
        if (sheet.size() - 1 > MAX_ROWS) {
            throw new InvalidInput("一次最多导入" + MAX_ROWS + "行");
        }
        List<RowError> errors = new ArrayList<>();
        List<DevelopmentRecords.Valid> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int rows = 0;
        for (int r = 1; r < sheet.size(); r++) {
            Map<Integer, String> cells = sheet.get(r);
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            rows++;
            int rowNumber = r + 1;
            try {
                DevelopmentRecords.Valid v = DevelopmentRecords.validate(row(cells));
                String key = v.year() + "|" + v.kind() + "|" + v.category() + "|" + v.name();
                Integer first = seen.putIfAbsent(key, rowNumber);
                if (first != null) {
                    errors.add(new RowError(rowNumber, "名称", "与第" + first + "行重复（同一年度、类型、类别和名称）"));
                } else {
                    valid.add(v);
                }
            } catch (CellError e) {
                errors.add(new RowError(rowNumber, e.column, e.getMessage()));
            } catch (InvalidInput e) {
                errors.add(new RowError(rowNumber, column(e.getMessage()), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new Report("FAILED", rows, 0, 0, 0, errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (DevelopmentRecords.Valid v : valid) {
            var existing = records.sameKey(zone, v);
            if (existing.isEmpty()) {
                records.insert(zone, v, scope.username());
                created++;
            } else if (same(existing.get(), v)) {
                unchanged++;
            } else {
                records.update(existing.get().id(), zone, v, scope.username());
                updated++;
            }
        }
        return new Report("COMPLETED", rows, created, updated, unchanged, List.of());
    }

    private static boolean same(DevelopmentRecords.DevelopmentRecord r, DevelopmentRecords.Valid v) {
        return Objects.equals(r.amount(), v.amount() == null ? null : v.amount().setScale(2).toPlainString())
                && Objects.equals(r.date(), v.date()) && Objects.equals(r.region(), v.region()) && Objects.equals(r.people(), v.people())
                && Objects.equals(r.link(), v.link()) && Objects.equals(r.note(), v.note());
    }

    /** A refusal of one cell. */
    static final class CellError extends RuntimeException {
        final String column;

        CellError(String column, String message) {
            super(message);
            this.column = column;
        }
    }

    static DevelopmentRecords.NewRecord row(Map<Integer, String> cells) {
        String yearText = trim(cells.get(0));
        Integer year = null;
        if (yearText != null) {
            try {
                year = Integer.valueOf(yearText.replaceAll("\\.0+$", "").replace("年", ""));
            } catch (NumberFormatException e) {
                throw new CellError("年度", "年度“" + abbreviate(yearText) + "”须为四位数字，如 2025");
            }
        }
        RecordKind kind = kind(trim(cells.get(1)));
        String category = category(kind, trim(cells.get(2)));
        LocalDate date = date(trim(cells.get(5)));
        return new DevelopmentRecords.NewRecord(year, kind == null ? null : kind.name(), category, trim(cells.get(3)),
                trim(cells.get(4)), date, trim(cells.get(6)), trim(cells.get(7)), trim(cells.get(8)), trim(cells.get(9)));
    }

    private static RecordKind kind(String text) {
        if (text == null) {
            throw new CellError("类型", "类型不能为空，可填：" + String.join("、", java.util.Arrays.stream(RecordKind.values()).map(RecordKind::chineseName).toList()));
        }
        for (RecordKind k : RecordKind.values()) {
            if (k.name().equals(text) || k.chineseName().equals(text)) {
                return k;
            }
        }
        throw new CellError("类型", "类型“" + abbreviate(text) + "”不存在，可填：" + String.join("、",
                java.util.Arrays.stream(RecordKind.values()).map(RecordKind::chineseName).toList()));
    }

    private static String category(RecordKind kind, String text) {
        if (text == null) {
            return null;
        }
        for (Map.Entry<String, String> c : kind.categories().entrySet()) {
            if (c.getKey().equals(text) || c.getValue().equals(text)) {
                return c.getKey();
            }
        }
        throw new CellError("类别", kind.categories().isEmpty() ? kind.chineseName() + "不填类别"
                : "类别“" + abbreviate(text) + "”不属于" + kind.chineseName() + "，可填：" + String.join("、", kind.categories().values()));
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (String pattern : List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyy-M-d", "yyyy年M月d日")) {
            try {
                return LocalDate.parse(text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text,
                        DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException next) {
                // try the next layout
            }
        }
        throw new CellError("日期", "日期“" + abbreviate(text) + "”格式不对，须如 2025-04-01");
    }

    /** The column a field message of {@link DevelopmentRecords#validate} names (字段“x”). */
    private static String column(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("字段“([a-zA-Z]+)”").matcher(message == null ? "" : message);
        return m.find() ? FIELD_COLUMN.getOrDefault(m.group(1), "") : "金额（元）";
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) : s;
    }
}
