package cn.gov.gansu.gaoxin.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.imports.ImportKind;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import jakarta.annotation.PreDestroy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import job on a background thread as the user who uploaded it. The whole file is imported
 * in ONE transaction, row by row through the owning module's API, each row inside a savepoint (a row
 * that fails leaves nothing behind and the others go on); at the end, a file with any error is rolled
 * back entirely unless valid rows only were asked for. Progress is written every
 * {@value #PROGRESS_EVERY} rows in a small transaction of its own.
 */
@Component
public class ImportRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportRunner.class);

    static final int PROGRESS_EVERY = 500;
    /** Errors kept per job: enough for every row of the largest file (20 MB holds fewer rows than this). */
    static final int MAX_ERRORS = 300_000;

    private final PlatformTransactionManager transactions;
    private final JobStore jobs;
    private final RowImporters importers;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "excel-import");
        t.setDaemon(true);
        return t;
    });

    ImportRunner(PlatformTransactionManager transactions, JobStore jobs, RowImporters importers) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.importers = importers;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** What a job is to do. */
    public record Work(String id, ImportKind kind, QualificationType qualification, boolean validRowsOnly, Path file,
            List<int[]> merges, Authentication user, DataScope scope) {
    }

    public void submit(Work work) {
        pool.submit(() -> run(work));
    }

    void run(Work w) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(w.user());
        SecurityContextHolder.setContext(context);
        long started = System.nanoTime();
        Counts c = new Counts();
        List<ImportError> warnings = new ArrayList<>();
        try {
            RowImporters.RowImporter importer = importers.forKind(w.kind(), w.qualification(), w.scope(), warnings);
            TransactionTemplate whole = new TransactionTemplate(transactions);
            TransactionTemplate row = new TransactionTemplate(transactions);
            row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            whole.executeWithoutResult(status -> {
                SheetReader.read(w.file(), w.merges(), (n, cells) -> {
                    if (n == 1) {
                        return;
                    }
                    if (cells.stream().allMatch(SheetReader.Cell::isBlank)) {
                        return;
                    }
                    c.rows++;
                    try {
                        RowImporters.Outcome o = importer.writesInApply() ? row.execute(s -> importer.apply(n, cells))
                                : importer.apply(n, cells);
                        if (o != null) {
                            c.count(o);
                        }
                    } catch (RowImporters.RowRefused refused) {
                        c.add(refused.errors());
                        c.processed++;
                    } catch (DomainProblem p) {
                        c.add(List.of(new ImportError(n, null, p.getMessage())));
                        c.processed++;
                    }
                    if (importer.queued() >= RowImporters.BATCH) {
                        c.flushed(importer.flush());
                    }
                    if (c.processed - c.reported >= PROGRESS_EVERY) {
                        jobs.progress(w.id(), c.processed);
                        c.reported = c.processed;
                    }
                });
                c.flushed(importer.flush());
                if (!c.errors.isEmpty() && !w.validRowsOnly()) {
                    status.setRollbackOnly();
                }
            });
            boolean failed = !c.errors.isEmpty() && !w.validRowsOnly();
            String message = failed ? "文件中有" + c.errorRows() + "行存在错误，按“全部或全不”规则未导入任何数据；请按错误列表修改后重新导入，"
                    + "或选择“仅导入有效行”" : c.rows == 0 ? "文件中没有数据行" : null;
            if (c.truncated > 0) {
                message = (message == null ? "" : message + "；") + "另有" + c.truncated + "条错误未列出";
            }
            jobs.finish(w.id(), failed ? "FAILED" : "COMPLETED", c.rows, c.processed, failed ? 0 : c.created,
                    failed ? 0 : c.updated, failed ? 0 : c.unchanged, c.errors, warnings, message);
            log.info("Excel导入 {}（{}）：{}行，新增{}，更新{}，未变{}，错误{}条，{} ms", w.id(), w.kind().code(), c.rows, c.created,
                    c.updated, c.unchanged, c.errors.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (DomainProblem p) {
            jobs.finish(w.id(), "FAILED", c.rows, c.processed, 0, 0, 0, c.errors, warnings, p.getMessage());
        } catch (RuntimeException | Error e) {
            log.error("Excel导入 {} 失败", w.id(), e);
            jobs.finish(w.id(), "FAILED", c.rows, c.processed, 0, 0, 0, c.errors, warnings,
                    "导入时发生系统错误，未导入任何数据；请稍后重试或联系管理员（任务编号 " + w.id() + "）");
        } finally {
            SecurityContextHolder.clearContext();
            try {
                Files.deleteIfExists(w.file());
            } catch (java.io.IOException ignored) {
                // a temp file; the OS cleans it up
            }
        }
    }

    private static final class Counts {
        int rows;
        int processed;
        int created;
        int updated;
        int unchanged;
        int truncated;
        int reported;
        int lastErrorRow = -1;
        int errorRows;
        final List<ImportError> errors = new ArrayList<>();

        void add(List<ImportError> found) {
            for (ImportError e : found) {
                if (e.row() != lastErrorRow) {
                    errorRows++;
                    lastErrorRow = e.row();
                }
                if (errors.size() < MAX_ERRORS) {
                    errors.add(e);
                } else {
                    truncated++;
                }
            }
        }

        void count(RowImporters.Outcome o) {
            switch (o) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                default -> unchanged++;
            }
            processed++;
        }

        void flushed(List<RowImporters.Result> results) {
            for (RowImporters.Result r : results) {
                if (r.outcome() != null) {
                    count(r.outcome());
                } else {
                    add(r.errors());
                    processed++;
                }
            }
        }

        int errorRows() {
            return errorRows;
        }
    }
}
