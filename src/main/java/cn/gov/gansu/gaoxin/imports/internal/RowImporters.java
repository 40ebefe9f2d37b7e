package cn.gov.gansu.gaoxin.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.Qualification;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.enterprise.Recognition;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.imports.ImportKind;
import cn.gov.gansu.gaoxin.imports.internal.SheetReader.Cell;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformLevel;
import cn.gov.gansu.gaoxin.platform.PlatformManagement;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.instruments.SharedInstruments;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.talent.TalentKind;
import cn.gov.gansu.gaoxin.talent.Talents;
import cn.gov.gansu.gaoxin.transfer.TransferManagement;
import cn.gov.gansu.gaoxin.innovation.ListingsAndIncentives;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one row of each kind means, written through the owning module's public API (so each row is
 * checked, audited and published exactly as the same data sent by API): created, updated, unchanged —
 * or the row's errors. Only the checks a sheet needs beyond the API live here (cell syntax, a USCC
 * repeated in the file, a zone given by its Chinese name, RENEWAL inferred from history).
 */
@Component
public class RowImporters {

    private static final DataScope PROVINCE = new DataScope("system", Role.PROVINCE_ADMIN, null, null, null);

    private final EnterpriseManagement enterprises;
    private final EnterpriseRegistry registry;
    private final PlatformManagement platforms;
    private final PlatformRegistry platformRegistry;
    private final ZoneDirectory zones;
    private final TransactionTemplate savepoint;
    private final Talents talents;
    private final SharedInstruments instruments;
    private final TransferManagement transfer;
    private final ListingsAndIncentives incentives;

    RowImporters(EnterpriseManagement enterprises, EnterpriseRegistry registry, PlatformManagement platforms,
            PlatformRegistry platformRegistry, ZoneDirectory zones, PlatformTransactionManager transactions, Talents talents,
            SharedInstruments instruments, TransferManagement transfer, ListingsAndIncentives incentives) {
        this.incentives = incentives;
        this.talents = talents;
        this.instruments = instruments;
        this.transfer = transfer;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.enterprises = enterprises;
        this.registry = registry;
        this.platforms = platforms;
        this.platformRegistry = platformRegistry;
        this.zones = zones;
    }

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** A row that cannot be imported, with every fault found. */
    public static final class RowRefused extends RuntimeException {
        final transient List<ImportError> errors;

        RowRefused(List<ImportError> errors) {
            super(errors.isEmpty() ? "" : errors.get(0).message(), null, false, false);
            this.errors = errors;
        }

        public List<ImportError> errors() {
            return errors;
        }
    }

    /** Imports rows of one kind for one job; holds the job's state (USCCs seen, zone names, rows queued). */
    public interface RowImporter {
        /** The row's outcome, or null when it was queued for {@link #flush}; a refused row throws. */
        Outcome apply(int row, List<Cell> cells);

        /** Whether {@link #apply} writes (and so runs inside a savepoint of its own); false when it only queues. */
        default boolean writesInApply() {
            return true;
        }

        /** Rows queued and not yet written. */
        default int queued() {
            return 0;
        }

        /** Writes the queued rows and answers each one's result, in row order. */
        default List<Result> flush() {
            return List.of();
        }
    }

    /** A queued row's result: its outcome, or its errors. */
    public record Result(int row, Outcome outcome, List<ImportError> errors) {
    }

    /** An importer for one job; notes on rows imported all the same go to {@code warnings}. */
    public RowImporter forKind(ImportKind kind, QualificationType qualification, DataScope scope, List<ImportError> warnings) {
        Map<String, String> zoneCodes = zoneCodes();
        return switch (kind) {
            case ENTERPRISES -> new Enterprises(kind.headers(), scope, zoneCodes);
            case QUALIFICATIONS -> new Qualifications(kind.headers(), scope, qualification, warnings);
            case STATISTICS -> new Statistics(kind.headers(), scope);
            case PLATFORMS -> new Platforms(kind.headers(), zoneCodes);
            case NATIONAL_PROJECTS -> new Projects(kind.headers(), scope);
            case TALENTS -> new TalentRows(kind.headers(), zoneCodes);
            case INSTRUMENTS -> new InstrumentRows(kind.headers(), zoneCodes);
            case ACHIEVEMENTS -> new Achievements(kind.headers());
            case DEMANDS -> new Demands(kind.headers());
            case TAX_INCENTIVES -> new TaxIncentives(kind.headers(), scope);
        };
    }

    /** Zone code, short name (兰州) and full name (兰州高新技术产业开发区, 兰州高新区) → code. */
    private Map<String, String> zoneCodes() {
        Map<String, String> codes = new HashMap<>();
        for (Zone z : zones.list(PROVINCE, null, null, null)) {
            codes.put(z.code(), z.code());
            if (z.name() != null) {
                codes.put(z.name(), z.code());
                codes.put(z.name() + "高新区", z.code());
            }
            if (z.fullName() != null) {
                codes.put(z.fullName(), z.code());
            }
        }
        return codes;
    }

    /** Turns an API refusal into the row's error on the column its field names. */
    static RowRefused refused(int row, DomainProblem p, Map<String, String> fieldColumns, String defaultColumn) {
        String message = p.getMessage() == null ? "该行无法导入" : p.getMessage();
        String column = defaultColumn;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^字段“([A-Za-z.]+)”[：:]?").matcher(message);
        if (m.find()) {
            column = fieldColumns.getOrDefault(m.group(1), defaultColumn);
            String rest = message.substring(m.end()).trim();
            message = rest.isEmpty() ? message : rest;
        }
        return new RowRefused(List.of(new ImportError(row, column, message)));
    }

    private static void refuseIfErrors(RowCheck r) {
        if (!r.ok()) {
            throw new RowRefused(new ArrayList<>(r.errors));
        }
    }

    /** A USCC seen twice in one file: the later row is an error naming the earlier one. */
    private static void once(Map<String, Integer> seen, RowCheck r, int col, String key) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, r.row);
        if (first != null) {
            r.error(col, "与第" + first + "行重复（“" + RowCheck.abbreviate(key) + "”）；同一文件中每项只能出现一次");
        }
    }

    /**
     * A kind whose rows are written one by one as they are read: the cells are checked (every fault
     * noted), a row with faults is refused, else it is written through the owning module, whose refusal
     * becomes the row's error on the column its field names. A kind states only what differs: how it
     * reads its columns ({@link #read}) and the write that {@code read} answers.
     */
    private abstract static class RowByRow implements RowImporter {
        private final List<String> headers;
        private final Map<String, String> fieldColumns;
        private final String defaultColumn;
        private final Map<String, Integer> seen = new HashMap<>();

        /** {@code fieldColumns}: the API's field → its column; {@code defaultColumn}: where a refusal naming no field goes. */
        RowByRow(List<String> headers, Map<String, String> fieldColumns, String defaultColumn) {
            this.headers = headers;
            this.fieldColumns = fieldColumns;
            this.defaultColumn = defaultColumn;
        }

        /** Reads the row's cells, noting every fault on {@code r}; answers the write, run only when there is none. */
        abstract Supplier<Outcome> read(RowCheck r);

        /** A key seen twice in this file: the later row is an error on {@code col} naming the earlier one. */
        final void once(RowCheck r, int col, String key) {
            RowImporters.once(seen, r, col, key);
        }

        @Override
        public final Outcome apply(int row, List<Cell> cells) {
            RowCheck r = new RowCheck(row, cells, headers);
            Supplier<Outcome> write = read(r);
            refuseIfErrors(r);
            try {
                return write.get();
            } catch (DomainProblem p) {
                throw refused(row, p, fieldColumns, defaultColumn);
            }
        }
    }

    /** A row naming an enterprise the caller cannot see (or that is not registered) is refused. */
    private void mustSee(DataScope scope, int row, String uscc) {
        if (registry.find(scope, uscc).isEmpty()) {
            throw new RowRefused(List.of(new ImportError(row, "统一社会信用代码", "企业未登记或不在您的数据范围内")));
        }
    }

    /** An amount as the API takes it ("1200.00"), or null when blank. */
    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /** Amounts equal in value (1200 = 1200.00); blank equals only blank. */
    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Enterprise rows queued per batch: new ones are registered together, existing ones compared. */
    static final int BATCH = 1000;

    private final class Enterprises implements RowImporter {
        final List<String> headers;
        final DataScope scope;
        final Map<String, String> zoneCodes;
        final Map<String, Boolean> visibleZones = new HashMap<>();
        final Map<String, Integer> seen = new HashMap<>();
        final List<Queued> queue = new ArrayList<>(BATCH);
        final Map<String, String> columns = Map.of("uscc", "统一社会信用代码", "name", "企业名称", "zone", "所在高新区",
                "industryCode", "行业代码");

        record Queued(int row, String uscc, String name, String zone, String zoneText, String industry) {
        }

        Enterprises(List<String> headers, DataScope scope, Map<String, String> zoneCodes) {
            this.headers = headers;
            this.scope = scope;
            this.zoneCodes = zoneCodes;
        }

        @Override
        public Outcome apply(int row, List<Cell> cells) {
            RowCheck r = new RowCheck(row, cells, headers);
            String uscc = r.uscc(0, true);
            once(seen, r, 0, uscc);
            String name = r.text(1, true, 200);
            String zoneText = r.text(2, true, 60);
            String zone = zoneText == null ? null : zoneCodes.get(zoneText);
            if (zoneText != null && zone == null) {
                r.error(2, "高新区“" + RowCheck.abbreviate(zoneText) + "”不存在；请填写高新区代码（如 lanzhou）或中文名称（如 兰州）");
            }
            if (zone != null && !visibleZones.computeIfAbsent(zone, z -> zones.canSee(scope, z))) {
                r.error(2, "只能导入本高新区的企业（本行为“" + zoneText + "”）");
            }
            String industry = r.text(3, false, 10);
            if (industry != null && !industry.matches("[A-T]|\\d{2,4}")) {
                r.error(3, "须为国民经济行业分类（GB/T 4754-2017）代码，如“27”或“2761”（“" + RowCheck.abbreviate(industry) + "”）");
            }
            refuseIfErrors(r);
            queue.add(new Queued(row, uscc, name, zone, zoneText, industry));
            return null;
        }

        @Override
        public boolean writesInApply() {
            return false;
        }

        @Override
        public int queued() {
            return queue.size();
        }

        @Override
        public List<Result> flush() {
            List<Result> results = new ArrayList<>(queue.size());
            if (queue.isEmpty()) {
                return results;
            }
            Map<String, Enterprise> existing = registry.findAllUnscoped(queue.stream().map(Queued::uscc).toList());
            List<Queued> fresh = queue.stream().filter(q -> !existing.containsKey(q.uscc())).toList();
            boolean batched = false;
            if (!fresh.isEmpty()) {
                try {
                    savepoint.executeWithoutResult(s -> enterprises.registerAll(fresh.stream()
                            .map(q -> new EnterpriseManagement.NewEnterprise(q.uscc(), q.name(), q.zone(), q.industry(), null, null, null))
                            .toList()));
                    batched = true;
                } catch (RuntimeException refusedBatch) {
                    batched = false; // one row is at fault: register them one by one to find it
                }
            }
            for (Queued q : queue) {
                Enterprise e = existing.get(q.uscc());
                if (e == null && batched) {
                    results.add(new Result(q.row(), Outcome.CREATED, List.of()));
                    continue;
                }
                try {
                    results.add(new Result(q.row(), savepoint.execute(s -> e == null ? register(q) : compare(q, e)), List.of()));
                } catch (RowRefused refused) {
                    results.add(new Result(q.row(), null, refused.errors()));
                } catch (DomainProblem p) {
                    results.add(new Result(q.row(), null, refused(q.row(), p, columns, "统一社会信用代码").errors()));
                }
            }
            queue.clear();
            return results;
        }

        private Outcome register(Queued q) {
            enterprises.register(new EnterpriseManagement.NewEnterprise(q.uscc(), q.name(), q.zone(), q.industry(), null, null, null));
            return Outcome.CREATED;
        }

        private Outcome compare(Queued q, Enterprise e) {
            if (!q.zone().equals(e.zone())) {
                boolean visible = e.zone() != null && zones.canSee(scope, e.zone());
                throw new RowRefused(List.of(new ImportError(q.row(), "所在高新区", visible
                        ? "该企业已登记在“" + zoneName(e.zone()) + "”；迁移企业请使用“企业迁移”，不能通过导入改变所在高新区"
                        : "该统一社会信用代码的企业已在其他高新区登记，不能导入本高新区")));
            }
            if (q.name().equals(e.name()) && Objects.equals(q.industry(), e.industryCode())) {
                return Outcome.UNCHANGED;
            }
            enterprises.correct(q.uscc(), q.name(), q.industry());
            return Outcome.UPDATED;
        }
    }

    private String zoneName(String code) {
        return zones.find(code).map(Zone::name).orElse(code);
    }

    private final class Qualifications extends RowByRow {
        final DataScope scope;
        final QualificationType type;
        final List<ImportError> warnings;

        Qualifications(List<String> headers, DataScope scope, QualificationType type, List<ImportError> warnings) {
            super(headers, Map.of("certificate", "证书编号", "date", "发证日期", "qualification", "证书编号"), "统一社会信用代码");
            this.warnings = warnings;
            this.scope = scope;
            this.type = type;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String name = r.text(1, true, 200);
            String uscc = r.uscc(2, true);
            String certificate = certificate(r, 3);
            once(r, 3, certificate);
            LocalDate date = r.date(4, true);
            return () -> write(r.row, name, uscc, certificate, date);
        }

        /** The certificate number without spaces, in capitals; null when blank or malformed (then an error). */
        private String certificate(RowCheck r, int col) {
            String certificate = r.text(col, type == QualificationType.HIGH_TECH_ENTERPRISE, 60);
            if (certificate == null) {
                return null;
            }
            certificate = certificate.replace(" ", "").toUpperCase();
            if (!certificate.matches("[A-Z0-9\\-]+")) {
                r.error(col, "证书编号只能包含字母、数字和连字符（“" + RowCheck.abbreviate(certificate) + "”）");
                return null;
            }
            return certificate;
        }

        private Outcome write(int row, String name, String uscc, String certificate, LocalDate date) {
            Enterprise e = registry.find(scope, uscc).orElse(null);
            if (e == null) {
                throw new RowRefused(List.of(new ImportError(row, "统一社会信用代码", registry.exists(uscc) && !scope.provinceWide()
                        ? "该企业不在您的数据范围内（只能导入本高新区企业的资质）"
                        : "企业未登记；请先导入或登记该企业（企业名录）")));
            }
            if (!sameName(name, e.name()) && warnings.size() < 10_000) {
                // the USCC identifies the enterprise; a renamed company keeps its code, so this is a note, not an error
                warnings.add(new ImportError(row, "企业名称", "名单中的企业名称“" + RowCheck.abbreviate(name) + "”与登记的“" + e.name()
                        + "”不一致，已按统一社会信用代码导入；请核对"));
            }
            if (certificate != null) {
                Optional<Qualification> held = registry.qualificationByCertificate(type, certificate);
                if (held.isPresent()) {
                    Qualification q = held.get();
                    if (!q.uscc().equals(uscc) || !q.recognisedOn().equals(date)) {
                        throw new RowRefused(List.of(new ImportError(row, "证书编号", "证书编号“" + certificate + "”已登记为"
                                + (q.uscc().equals(uscc) ? "本企业" + q.recognisedOn() + "发证" : "另一企业（" + q.uscc() + "）")
                                + "的" + type.chineseName() + "资质")));
                    }
                    return enterprises.verifyQualification(uscc, q.id()) ? Outcome.UPDATED : Outcome.UNCHANGED;
                }
            } else {
                Optional<Qualification> same = registry.qualifications(uscc).stream()
                        .filter(q -> q.type() == type && q.recognisedOn().equals(date)).findFirst();
                if (same.isPresent()) {
                    return enterprises.verifyQualification(uscc, same.get().id()) ? Outcome.UPDATED : Outcome.UNCHANGED;
                }
            }
            Recognition recognition = recognitionOn(uscc, date);
            enterprises.recordVerifiedQualification(uscc, new EnterpriseManagement.NewQualification(type.name(),
                    recognition.name(), certificate, date, null));
            return Outcome.CREATED;
        }

        /** RENEWAL when an earlier recognition of the same kind was still valid within the year before {@code date}. */
        Recognition recognitionOn(String uscc, LocalDate date) {
            LocalDate yearBefore = date.minusYears(1);
            boolean renewal = registry.qualifications(uscc).stream().anyMatch(q -> q.type() == type
                    && q.recognisedOn().isBefore(date) && (q.validUntil() == null || !q.validUntil().isBefore(yearBefore)));
            return renewal ? Recognition.RENEWAL : Recognition.FIRST;
        }
    }

    /** Names compared without spaces and with Chinese/ASCII brackets alike. */
    static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }

    private final class Statistics extends RowByRow {
        final DataScope scope;

        Statistics(List<String> headers, DataScope scope) {
            super(headers, Map.of("year", "统计年度", "revenue", "营业收入（元）", "highTechRevenue", "高新技术产品（服务）收入（元）",
                    "rdExpense", "研发费用（元）", "exports", "出口总额（元）", "taxes", "纳税总额（元）", "employees", "从业人员（人）",
                    "rdStaff", "研发人员（人）"), "统一社会信用代码");
            this.scope = scope;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String uscc = r.uscc(0, true);
            Integer year = r.integer(1, true);
            once(r, 1, uscc == null || year == null ? null : uscc + " " + year + "年度");
            AnnualStatistics s = new AnnualStatistics(uscc, year == null ? 0 : year, r.money(2), r.money(3), r.integer(4, false),
                    r.integer(5, false), r.money(6), r.money(7), r.money(8));
            return () -> {
                mustSee(scope, r.row, uscc);
                Optional<AnnualStatistics> held = registry.statistics(uscc).stream().filter(x -> x.year() == year).findFirst();
                if (held.isPresent() && same(held.get(), s)) {
                    return Outcome.UNCHANGED;
                }
                enterprises.reportStatistics(uscc, s);
                return held.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
            };
        }

        boolean same(AnnualStatistics a, AnnualStatistics b) {
            return sameAmount(a.revenue(), b.revenue()) && sameAmount(a.highTechRevenue(), b.highTechRevenue())
                    && Objects.equals(a.employees(), b.employees()) && Objects.equals(a.rdStaff(), b.rdStaff())
                    && sameAmount(a.rdExpense(), b.rdExpense()) && sameAmount(a.exports(), b.exports())
                    && sameAmount(a.taxes(), b.taxes());
        }
    }

    private final class Platforms extends RowByRow {
        final Map<String, String> zoneCodes;

        Platforms(List<String> headers, Map<String, String> zoneCodes) {
            super(headers, Map.of("kind", "平台类型", "level", "认定级别", "name", "平台名称", "zone", "所在高新区",
                    "operator", "运营单位统一社会信用代码", "industry", "服务主导产业", "industry.name", "服务主导产业",
                    "industry.codes", "行业代码", "recognisedOn", "认定日期"), "平台名称");
            this.zoneCodes = zoneCodes;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            PlatformKind kind = named(r, 0, PlatformKind.class);
            PlatformLevel level = named(r, 1, PlatformLevel.class);
            String name = r.text(2, true, 200);
            String zone = zoneOf(r, 3, zoneCodes);
            String operator = r.uscc(4, false);
            String industryName = r.text(5, false, 100);
            String codesText = r.text(6, false, 200);
            List<String> codes = codesText == null ? List.of()
                    : java.util.Arrays.stream(codesText.split("[,，、;；\\s]+")).filter(c -> !c.isBlank()).toList();
            LocalDate on = r.date(7, true);
            once(r, 2, zone == null || kind == null || name == null ? null : zone + "/" + kind.chineseName() + "/" + name);
            return () -> {
                if (platformRegistry.exists(zone, kind, name)) {
                    return Outcome.UNCHANGED;
                }
                platforms.record(new PlatformManagement.NewPlatform(kind.name(), level.name(), name, zone, operator,
                        industryName == null && codes.isEmpty() ? null : new PlatformManagement.IndustryServed(industryName, codes),
                        on, null));
                return Outcome.CREATED;
            };
        }
    }

    /** An enum given by its code (INCUBATOR) or its Chinese name (科技企业孵化器). */
    private static <E extends Enum<E>> E named(RowCheck r, int col, Class<E> type) {
        String v = r.text(col, true, 60);
        if (v == null) {
            return null;
        }
        StringBuilder options = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            String chinese = chineseName(e);
            if (e.name().equalsIgnoreCase(v) || v.equals(chinese)) {
                return e;
            }
            options.append(options.isEmpty() ? "" : "、").append(chinese);
        }
        r.error(col, "“" + RowCheck.abbreviate(v) + "”无效，可选：" + options);
        return null;
    }

    private static String chineseName(Enum<?> e) {
        if (e instanceof PlatformKind k) {
            return k.chineseName();
        }
        if (e instanceof PlatformLevel l) {
            return l.chineseName();
        }
        if (e instanceof TalentKind t) {
            return t.chineseName();
        }
        if (e instanceof SharedInstruments.Category c) {
            return c.chineseName();
        }
        return e.name();
    }

    private final class Projects extends RowByRow {
        final DataScope scope;

        Projects(List<String> headers, DataScope scope) {
            super(headers, Map.of("programme", "项目类别", "project", "项目（课题）编号", "fundingLandedYuan", "在甘落地资金（元）",
                    "date", "立项日期"), "统一社会信用代码");
            this.scope = scope;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String uscc = r.uscc(0, true);
            String programmeText = r.text(1, true, 60);
            String programme = programmeText == null ? null : switch (programmeText) {
                case "国家科技重大专项", "MAJOR_SPECIAL" -> "MAJOR_SPECIAL";
                case "国家重点研发计划", "KEY_RD" -> "KEY_RD";
                default -> programmeText;
            };
            String project = r.text(2, true, 60);
            if (project != null && !project.matches("[A-Za-z0-9\\-]{4,60}")) {
                r.error(2, "项目（课题）编号须为4至60位字母、数字或连字符（“" + RowCheck.abbreviate(project) + "”）");
            }
            String title = r.text(3, false, 300);
            BigDecimal landed = r.money(4);
            LocalDate date = r.date(5, true);
            once(r, 2, uscc == null || project == null ? null : uscc + "/" + project);
            return () -> {
                mustSee(scope, r.row, uscc);
                boolean held = registry.nationalProjects(uscc).stream().anyMatch(p -> p.project().equals(project));
                if (held) {
                    return Outcome.UNCHANGED;
                }
                enterprises.recordNationalProject(uscc, new EnterpriseManagement.NewNationalProject(programme, project, title,
                        plain(landed), date));
                return Outcome.CREATED;
            };
        }
    }

    /** A zone given by its code or Chinese name, or the row's error. */
    private static String zoneOf(RowCheck r, int col, Map<String, String> zoneCodes) {
        String text = r.text(col, true, 60);
        String zone = text == null ? null : zoneCodes.get(text);
        if (text != null && zone == null) {
            r.error(col, "高新区“" + RowCheck.abbreviate(text) + "”不存在；请填写高新区代码（如 lanzhou）或中文名称（如 兰州）");
        }
        return zone;
    }

    /**
     * talent2: talent rows through {@link Talents#record}; a row whose zone, kind, name and start date
     * are already on record is unchanged (so importing the same file again changes nothing).
     */
    private final class TalentRows extends RowByRow {
        final Map<String, String> zoneCodes;

        TalentRows(List<String> headers, Map<String, String> zoneCodes) {
            super(headers, Map.ofEntries(Map.entry("kind", "人才类型"), Map.entry("name", "姓名"), Map.entry("zone", "所在高新区"),
                    Map.entry("enterprise", "企业统一社会信用代码"), Map.entry("institution", "高校、院所"),
                    Map.entry("programme", "人才项目名称"), Map.entry("field", "专业领域"), Map.entry("nationality", "国籍"),
                    Map.entry("startedOn", "开始日期"), Map.entry("carrier", "所在载体编号"), Map.entry("permitStatus", "国籍")), "姓名");
            this.zoneCodes = zoneCodes;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            TalentKind kind = named(r, 0, TalentKind.class);
            String name = r.text(1, true, 100);
            String zone = zoneOf(r, 2, zoneCodes);
            String uscc = r.uscc(3, false);
            String institution = r.text(4, false, 200);
            String programme = r.text(5, false, 200);
            String field = r.text(6, false, 100);
            String nationality = r.text(7, false, 100);
            LocalDate on = r.date(8, true);
            Integer carrier = r.integer(9, false);
            once(r, 1, zone == null || kind == null || name == null || on == null ? null
                    : zone + "/" + kind.chineseName() + "/" + name + "/" + on);
            return () -> {
                if (talents.findSame(zone, kind, name, on).isPresent()) {
                    return Outcome.UNCHANGED;
                }
                talents.record(new Talents.NewTalent(kind.name(), name, zone, uscc, institution, programme, field, nationality, null, on,
                        carrier == null ? null : carrier.longValue()));
                return Outcome.CREATED;
            };
        }
    }

    /**
     * talent2: catalogue rows through {@link SharedInstruments#list}; a row whose zone, owner and name
     * are already listed is unchanged.
     */
    private final class InstrumentRows extends RowByRow {
        final Map<String, String> zoneCodes;

        InstrumentRows(List<String> headers, Map<String, String> zoneCodes) {
            super(headers, Map.of("name", "仪器（服务）名称", "owner", "开放单位", "zone", "所在高新区", "category", "类别",
                    "pricePerHourYuan", "收费标准（元/小时）"), "仪器（服务）名称");
            this.zoneCodes = zoneCodes;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String name = r.text(0, true, 200);
            String owner = r.text(1, true, 200);
            String zone = zoneOf(r, 2, zoneCodes);
            SharedInstruments.Category category = named(r, 3, SharedInstruments.Category.class);
            BigDecimal price = r.money(4);
            once(r, 0, zone == null || owner == null || name == null ? null : zone + "/" + owner + "/" + name);
            return () -> {
                if (instruments.findSame(zone, owner, name).isPresent()) {
                    return Outcome.UNCHANGED;
                }
                instruments.list(new SharedInstruments.NewInstrument(name, owner, zone, category.name(), plain(price)));
                return Outcome.CREATED;
            };
        }
    }

    /** What the transfer module's upsert did, as an import outcome. */
    private static Outcome outcome(TransferManagement.Upsert u) {
        return switch (u) {
            case CREATED -> Outcome.CREATED;
            case UPDATED -> Outcome.UPDATED;
            case UNCHANGED -> Outcome.UNCHANGED;
        };
    }

    /** 科技成果 rows, written through {@link TransferManagement#importAchievement} (same checks, scope and audit as the API). */
    private final class Achievements extends RowByRow {
        Achievements(List<String> headers) {
            super(headers, Map.of("title", "成果名称", "owner", "持有方", "ownerType", "持有方类型", "field", "技术领域", "maturity", "成熟度",
                    "transferMode", "转化方式", "priceYuan", "挂牌价格（元）", "summary", "成果简介"), "成果名称");
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String title = r.text(0, true, 200);
            String owner = r.text(1, true, 200);
            String ownerType = r.text(2, false, 20);
            String field = r.text(3, false, 100);
            String maturity = r.text(4, false, 20);
            String mode = r.text(5, false, 20);
            BigDecimal price = r.money(6);
            String summary = r.text(7, false, 20_000);
            once(r, 0, title == null || owner == null ? null : owner + "：" + title);
            return () -> outcome(transfer.importAchievement(new TransferManagement.NewAchievement(title, summary, owner, field, ownerType,
                    maturity, mode, plain(price))));
        }
    }

    /** 技术需求 rows, written through {@link TransferManagement#importDemand}. */
    private final class Demands extends RowByRow {
        Demands(List<String> headers) {
            super(headers, Map.of("enterprise", "统一社会信用代码", "title", "需求名称", "description", "需求描述"), "统一社会信用代码");
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String uscc = r.uscc(0, true);
            String title = r.text(1, true, 200);
            String description = r.text(2, false, 20_000);
            once(r, 1, uscc == null || title == null ? null : uscc + "：" + title);
            return () -> outcome(transfer.importDemand(new TransferManagement.NewDemand(uscc, title, description)));
        }
    }

    /**
     * 税收优惠 rows through {@link ListingsAndIncentives#record} (same checks, scope and audit as the API); a
     * row equal to what is on record is unchanged, so importing the same file again changes nothing. A
     * blank amount is not reported, never 0.
     */
    private final class TaxIncentives extends RowByRow {
        final DataScope scope;

        TaxIncentives(List<String> headers, DataScope scope) {
            super(headers, Map.of("year", "年度", "rdSuperDeductionYuan", "研发费用加计扣除额（元）", "hnteTaxReductionYuan",
                    "高企所得税减免额（元）", "smeTaxReliefYuan", "小微企业普惠性减免额（元）"), "统一社会信用代码");
            this.scope = scope;
        }

        @Override
        Supplier<Outcome> read(RowCheck r) {
            String uscc = r.uscc(0, true);
            Integer year = r.integer(1, true);
            BigDecimal rd = r.money(2);
            BigDecimal hnte = r.money(3);
            BigDecimal sme = r.money(4);
            once(r, 1, uscc == null || year == null ? null : uscc + " " + year + "年度");
            return () -> {
                Optional<ListingsAndIncentives.Incentives> held = incentives.ofEnterprise(scope, uscc).stream()
                        .filter(i -> i.year() == year).findFirst();
                if (held.isPresent() && eq(held.get().rdSuperDeduction(), rd) && eq(held.get().hnteTaxReduction(), hnte)
                        && eq(held.get().smeTaxRelief(), sme)) {
                    return Outcome.UNCHANGED;
                }
                incentives.record(uscc, year, new ListingsAndIncentives.NewIncentives(plain(rd), plain(hnte), plain(sme)));
                return held.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
            };
        }

        private static boolean eq(String held, BigDecimal now) {
            return held == null ? now == null : now != null && new BigDecimal(held).compareTo(now) == 0;
        }
    }
}
