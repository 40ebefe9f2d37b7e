package cn.gov.gansu.gaoxin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.imports.internal.ImportError;
import cn.gov.gansu.gaoxin.imports.internal.ImportRunner;
import cn.gov.gansu.gaoxin.imports.internal.JobStore;
import cn.gov.gansu.gaoxin.imports.internal.SheetReader;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * 数据导入 (contracts §9): templates, starting an import job (checked at once: file type, size, damage,
 * header row; then run in the background), reading a job and its errors, and the validation report.
 * Who may import a kind is who may write the same data by API, within scope; a job is read only by
 * its importer and the province's administrator and auditor.
 */
@Service
public class Imports {

    /** Errors shown in a job's JSON and on the page; the report holds them all. */
    public static final int MAX_LISTED_ERRORS = 100_000;

    private final JobStore jobs;
    private final ImportRunner runner;

    Imports(JobStore jobs, ImportRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    /** Writes the template: the header row and one example row. */
    public void template(ImportKind kind, OutputStream out) {
        List<List<String>> head = kind.headers().stream().map(List::of).toList();
        List<List<Object>> rows = List.of(new ArrayList<>(kind.example()));
        FastExcel.write(out).head(head).autoCloseStream(false).registerWriteHandler(new SimpleColumnWidthStyleStrategy(24))
                .sheet(kind.chineseName()).doWrite(rows);
    }

    /** The roles that may write a kind's data by API (the import applies the same scope per row). */
    static Role[] writers(ImportKind kind) {
        return kind == ImportKind.STATISTICS || kind == ImportKind.ACHIEVEMENTS || kind == ImportKind.DEMANDS ? new Role[] {Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE}
                : new Role[] {Role.PROVINCE_ADMIN, Role.ZONE_OFFICER};
    }

    /**
     * Checks the upload at once (400 for a wrong type, empty, > 20 MB, damaged file or wrong header row)
     * and starts the job; answers it while RUNNING.
     */
    public Job start(ImportKind kind, String fileName, InputStream content, boolean validRowsOnly, String qualification) {
        DataScope scope = CurrentUser.requireAnyOf(writers(kind));
        QualificationType type = null;
        if (kind == ImportKind.QUALIFICATIONS) {
            type = Enums.optional(QualificationType.class, qualification, "参数“qualification”");
            if (type == null) {
                type = QualificationType.HIGH_TECH_ENTERPRISE;
            }
        }
        Path file = null;
        boolean handedOver = false;
        try {
            file = Files.createTempFile("gaoxin-import-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = content.transferTo(out);
                if (copied > SheetReader.MAX_BYTES) {
                    throw new InvalidInput("文件过大（" + (copied / 1024 / 1024) + "MB），上限为20MB；请分成多个文件导入");
                }
            }
            SheetReader.Layout layout = SheetReader.check(file, fileName);
            SheetReader.Head head = SheetReader.head(file);
            checkHeader(kind, head.headers());
            if (!head.hasData()) {
                throw new InvalidInput("文件中只有表头，没有数据行；请在第2行起填写数据");
            }
            String id = UUID.randomUUID().toString();
            jobs.create(id, kind.code(), validRowsOnly, type == null ? null : type.name(), fileName, file, scope.username(),
                    layout.lastRow() == null ? null : layout.lastRow() - 1);
            runner.submit(new ImportRunner.Work(id, kind, type, validRowsOnly, file, layout.merges(),
                    SecurityContextHolder.getContext().getAuthentication(), scope));
            handedOver = true;
            return find(id);
        } catch (IOException e) {
            throw new InvalidInput("上传的文件无法读取，请重新上传");
        } finally {
            if (!handedOver && file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file
                }
            }
        }
    }

    static void checkHeader(ImportKind kind, List<String> actual) {
        if (actual.isEmpty()) {
            throw new InvalidInput("文件中没有数据：第1行应为表头（" + String.join("、", kind.headers()) + "），请下载模板填写");
        }
        List<String> expected = kind.headers();
        for (int i = 0; i < expected.size(); i++) {
            String got = i < actual.size() ? actual.get(i).replaceAll("\\s", "") : "";
            if (!got.equals(expected.get(i)) && !got.replace('(', '（').replace(')', '）').equals(expected.get(i))) {
                throw new InvalidInput("表头不符：第" + (i + 1) + "列应为“" + expected.get(i) + "”，实际为“"
                        + (got.isEmpty() ? "空" : got.length() > 30 ? got.substring(0, 30) : got) + "”；" + kind.chineseName()
                        + "的表头依次为：" + String.join("、", expected) + "（请下载模板）");
            }
        }
    }

    /** A job the caller may read (its importer, the province admin, the auditor); else 404. */
    public Job find(String id) {
        JobStore.Job j = readable(id);
        return view(j, jobs.errors(id, MAX_LISTED_ERRORS), jobs.warnings(id, MAX_LISTED_ERRORS));
    }

    /** The caller's jobs, newest first (province admin and auditor: everyone's), of a kind and status (null: any). */
    public Page list(ImportKind kind, String status, int page, int size) {
        DataScope scope = CurrentUser.scope();
        if (status != null && !List.of("RUNNING", "COMPLETED", "FAILED").contains(status)) {
            throw new InvalidInput("参数“status”的值无效，可选：RUNNING、COMPLETED、FAILED");
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInput("参数“page”不能为负数，“size”须在1至100之间");
        }
        boolean all = scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.AUDITOR);
        String owner = all ? null : scope.username();
        String k = kind == null ? null : kind.code();
        return new Page(jobs.recent(owner, k, status, size, (long) page * size).stream().map(j -> view(j, List.of(), List.of())).toList(),
                jobs.count(owner, k, status));
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportPage")
    public record Page(List<Job> items, long total) {
    }

    private JobStore.Job readable(String id) {
        DataScope scope = CurrentUser.scope();
        JobStore.Job j = id == null || id.length() > 36 ? null : jobs.find(id).orElse(null);
        if (j == null || !(j.owner().equals(scope.username()) || scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.AUDITOR))) {
            throw new NotFound("导入任务“" + (id == null ? "" : id.length() > 36 ? id.substring(0, 36) : id) + "”不存在或无权查看");
        }
        return j;
    }

    private static Job view(JobStore.Job j, List<ImportError> errors, List<ImportError> warnings) {
        return new Job(j.id(), j.kind(), j.status(), j.rows(), j.processed(), j.created(), j.updated(), j.unchanged(),
                j.errorCount(), errors.stream().map(e -> new RowError(e.row(), e.column(), e.message())).toList(),
                warnings.stream().map(e -> new RowError(e.row(), e.column(), e.message())).toList(),
                j.validRowsOnly(), j.qualification(), j.fileName(), j.owner(), j.message(), j.startedAt(), j.finishedAt());
    }

    /** The file's name for the report download. */
    public String reportName(String id) {
        JobStore.Job j = readable(id);
        String base = j.fileName() == null ? "导入文件" : j.fileName().replaceAll("(?i)\\.xlsx$", "");
        return base + "-校验报告.xlsx";
    }

    /** 校验报告: the sheet as uploaded (merged cells resolved) with an error column; rows without errors say 通过. */
    public void report(String id, OutputStream out) {
        JobStore.Job j = readable(id);
        if ("RUNNING".equals(j.status())) {
            throw new cn.gov.gansu.gaoxin.shared.Conflict("导入任务仍在进行中，完成后才能下载校验报告");
        }
        Map<Integer, StringBuilder> byRow = new HashMap<>();
        for (ImportError e : jobs.errors(id, Integer.MAX_VALUE)) {
            StringBuilder b = byRow.computeIfAbsent(e.row(), r -> new StringBuilder());
            b.append(b.isEmpty() ? "" : "；").append(e.column() == null ? "" : "【" + e.column() + "】").append(e.message());
        }
        Map<Integer, String> notes = new HashMap<>();
        for (ImportError e : jobs.warnings(id, Integer.MAX_VALUE)) {
            notes.merge(e.row(), "提示：" + e.message(), (a, b) -> a + "；" + b);
        }
        Path file = null;
        try {
            file = Files.createTempFile("gaoxin-report-", ".xlsx");
            jobs.copyFile(id, file);
            List<int[]> merges = SheetReader.check(file, j.fileName()).merges();
            ImportKind kind = ImportKind.of(j.kind());
            int width = kind.headers().size();
            List<List<String>> head = new ArrayList<>(kind.headers().stream().map(List::of).toList());
            head.add(List.of("校验结果"));
            try (ExcelWriter writer = FastExcel.write(out).head(head).autoCloseStream(false)
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(24)).build()) {
                WriteSheet sheet = FastExcel.writerSheet("校验报告").build();
                List<List<Object>> batch = new ArrayList<>(1000);
                SheetReader.read(file, merges, (n, cells) -> {
                    if (n == 1) {
                        return;
                    }
                    List<Object> row = new ArrayList<>(width + 1);
                    for (int c = 0; c < width; c++) {
                        row.add(c < cells.size() ? cells.get(c).text() : "");
                    }
                    StringBuilder errors = byRow.get(n);
                    String verdict = errors == null ? ("FAILED".equals(j.status()) ? "通过（因其他行有错误，未导入）" : "通过") : "第" + n + "行：" + errors;
                    row.add(notes.containsKey(n) ? verdict + "；" + notes.get(n) : verdict);
                    batch.add(row);
                    if (batch.size() == 1000) {
                        writer.write(batch, sheet);
                        batch.clear();
                    }
                });
                writer.write(batch, sheet);
            }
        } catch (IOException e) {
            throw new NotFound("导入文件已不存在，无法生成校验报告");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file
                }
            }
        }
    }

    /** A job as contracts §9 shows it, plus what the console needs. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportJob")
    public record Job(String id, @io.swagger.v3.oas.annotations.media.Schema(description = "导入类别。取值：enterprises、qualifications、statistics、platforms、national-projects、talents、instruments、achievements、demands、tax-incentives") String kind,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：RUNNING 进行中、COMPLETED 已完成、FAILED 未导入", allowableValues = {"RUNNING", "COMPLETED", "FAILED"}) String status,
            @io.swagger.v3.oas.annotations.media.Schema(description = "数据行数（不含表头）") Integer rows, int processed, int created, int updated,
            int unchanged, int errorCount, List<RowError> errors, List<RowError> warnings, boolean validRowsOnly,
            @io.swagger.v3.oas.annotations.media.Schema(description = "qualifications 导入的资质类别。取值：契约§3 的 qualification") String qualification, String fileName,
            String importedBy, String message, Instant startedAt, Instant finishedAt) {

        public ImportKind importKind() {
            return ImportKind.of(kind);
        }

        /** Percent done for the progress bar (rows are counted while reading, so 0 until known). */
        public int percent() {
            if (!"RUNNING".equals(status)) {
                return 100;
            }
            return rows == null || rows == 0 ? 0 : Math.min(99, processed * 100 / rows);
        }
    }

    /** One error: the sheet's row number (header = 1), the column's header and a Chinese message. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportRowError")
    public record RowError(@io.swagger.v3.oas.annotations.media.Schema(description = "工作表行号（表头为第1行）") int row, @io.swagger.v3.oas.annotations.media.Schema(description = "列名") String column,
            @io.swagger.v3.oas.annotations.media.Schema(description = "中文说明") String message) {
    }

}
