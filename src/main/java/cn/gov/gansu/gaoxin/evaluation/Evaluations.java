package cn.gov.gansu.gaoxin.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.evaluation.scoring.Consequence;
import cn.gov.gansu.gaoxin.evaluation.scoring.Evaluator;
import cn.gov.gansu.gaoxin.evaluation.scoring.Indicator;
import cn.gov.gansu.gaoxin.evaluation.scoring.Previous;
import cn.gov.gansu.gaoxin.evaluation.scoring.ScoringInput;
import cn.gov.gansu.gaoxin.evaluation.scoring.ZoneData;
import cn.gov.gansu.gaoxin.evaluation.scoring.ZoneResult;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneManagement;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 评价考核流程 (clause 20): a stored evaluation is drafted with its method and weights, reviewed
 * once the data of every zone is complete, and published. A published evaluation never changes; a
 * correction is a new draft for the same year with its reason, published as the next version.
 * Publishing announces {@link EvaluationPublished} (the policy module offers the reward from it),
 * writes the public-notice-and-summons letters, and opens revocation proposals that the
 * provincial government decides; the department then executes an approved one.
 */
@Service
public class Evaluations {

    private final JdbcClient jdbc;
    private final PreviewRequests requests;
    private final RegistryIndicators registry;
    private final EvaluationData data;
    private final ZoneDirectory zones;
    private final ZoneManagement zoneManagement;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ObjectMapper json;

    Evaluations(JdbcClient jdbc, PreviewRequests requests, RegistryIndicators registry, EvaluationData data,
            ZoneDirectory zones, ZoneManagement zoneManagement, ApplicationEventPublisher events, AuditTrail audit,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.registry = registry;
        this.data = data;
        this.zones = zones;
        this.zoneManagement = zoneManagement;
        this.events = events;
        this.audit = audit;
        this.json = json;
    }

    /** A stored evaluation's header. */
    public record Header(long id, int year, Integer version, String status, String method, String parameters, String catalogue,
            Long corrects, String reason, String createdBy, String reviewedBy, LocalDate publishedOn, String publishedBy) {
    }

    /** A stored result row. */
    public record StoredResult(String zone, double score, double bonus, double total, int rank, boolean passed,
            List<String> consequences, Integer rankLow, Integer rankHigh, Boolean dropSignificant, Double newHighTech,
            String inputs) {
    }

    record Notice(long id, String zone,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：PUBLIC_NOTICE_AND_SUMMONS 通报约谈") String kind, String letter, Boolean dropSignificant) {
    }

    record Revocation(long id, long evaluationId, String zone,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：PENDING 待省政府决定、APPROVED 已批准、REJECTED 未批准、EXECUTED 已执行") String status,
            String decidedBy, String decisionNote,
            String executedBy) {
    }

    /** What a computation found: the missing data (zone → codes) or the results. */
    record Computation(Map<String, List<String>> missing, List<ZoneResult> results, Map<String, String> inputs,
            Map<String, Double> newHighTech) {
        boolean complete() {
            return missing.isEmpty();
        }
    }

    // ----------------------------------------------------------------------------------- drafting

    @Transactional
    public long draft(String body) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        JsonNode node = parse(body);
        PreviewRequests.Parameters p = requests.parameters(node);
        if (p.year() == null) {
            throw new InvalidInput("字段“year”：请填写评价年度");
        }
        EvaluationData.requireYear(p.year());
        String reason = node.has("reason") && node.get("reason").isString() ? node.get("reason").stringValue().trim() : null;
        Optional<Header> published = latestPublished(p.year());
        if (published.isPresent() && (reason == null || reason.isBlank())) {
            throw new InvalidInput("字段“reason”：" + p.year() + "年度评价已发布（第" + published.get().version()
                    + "版），更正须填写理由，发布后成为新版本");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidInput("字段“reason”：理由不超过500字");
        }
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evaluation (eval_year, status, method, parameters, catalogue, corrects, reason, created_at, created_by) "
                        + "VALUES (:y, 'DRAFT', :m, :p, :c, :corr, :r, :at, :by)")
                .param("y", p.year()).param("m", p.method().name()).param("p", node.toString())
                .param("c", p.catalogue().id()).param("corr", published.map(Header::id).orElse(null))
                .param("r", reason == null || reason.isBlank() ? null : reason).param("at", now())
                .param("by", scope.username()).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Computation c = compute(header(id));
        if (c.complete()) {
            storeResults(id, c);
        }
        audit.record("EVALUATION_DRAFTED", "EVALUATION", String.valueOf(id), p.year() + "年度评价草稿（" + p.method().chineseName()
                + "）" + (reason == null ? "" : "，更正理由：" + reason));
        return id;
    }

    @Transactional
    public void review(long id) {
        review(id, null);
    }

    /** 审核 with the reviewer's comment (kept in the audit trail). */
    @Transactional
    public void review(long id, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Header h = header(id);
        requireNotDrafter(h, scope, "审核");
        requireStatus(h, "DRAFT", "审核");
        Computation c = compute(h);
        if (!c.complete()) {
            throw new EvaluationIncomplete(c.missing());
        }
        storeResults(id, c);
        int n = jdbc.sql("UPDATE evaluation SET status = 'REVIEWED', reviewed_at = :at, reviewed_by = :by, row_version = row_version + 1 "
                        + "WHERE id = :id AND status = 'DRAFT'")
                .param("at", now()).param("by", scope.username()).param("id", id).update();
        if (n != 1) {
            throw new Conflict("评价已被他人处理，请刷新后重试");
        }
        audit.record("EVALUATION_REVIEWED", "EVALUATION", String.valueOf(id), h.year() + "年度评价已审核" + opinion(comment));
    }

    @Transactional
    public int publish(long id) {
        return publish(id, null);
    }

    /** 发布 with the publisher's comment (kept in the audit trail). */
    @Transactional
    public int publish(long id, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Header h = header(id);
        requireNotDrafter(h, scope, "发布");
        requireStatus(h, "REVIEWED", "发布");
        Computation c = compute(h);
        if (!c.complete()) {
            throw new EvaluationIncomplete(c.missing());
        }
        Map<String, StoredResult> reviewed = results(id).stream().collect(Collectors.toMap(StoredResult::zone, r -> r));
        for (ZoneResult r : c.results()) {
            StoredResult s = reviewed.get(r.zone());
            if (s == null || s.rank() != r.rank() || Math.abs(s.total() - r.total()) > ScoringInput.TOLERANCE) {
                throw new Conflict("审核后评价数据已有变化（如“" + r.zone() + "”），请退回重新审核后再发布");
            }
        }
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM evaluation WHERE eval_year = :y")
                .param("y", h.year()).query(Integer.class).single();
        LocalDate today = LocalDate.now();
        int n = jdbc.sql("UPDATE evaluation SET status = 'PUBLISHED', version = :v, published_on = :d, published_at = :at, "
                        + "published_by = :by, row_version = row_version + 1 WHERE id = :id AND status = 'REVIEWED'")
                .param("v", version).param("d", Date.valueOf(today)).param("at", now()).param("by", scope.username())
                .param("id", id).update();
        if (n != 1) {
            throw new Conflict("评价已被他人处理，请刷新后重试");
        }
        List<StoredResult> results = results(id);
        for (StoredResult r : results) {
            if (r.consequences().contains(Consequence.PUBLIC_NOTICE_AND_SUMMONS.name())) {
                jdbc.sql("INSERT INTO evaluation_notice (evaluation_id, zone_code, kind, letter, drop_significant, created_at) "
                                + "VALUES (:e, :z, :k, :l, :s, :at)")
                        .param("e", id).param("z", r.zone()).param("k", Consequence.PUBLIC_NOTICE_AND_SUMMONS.name())
                        .param("l", letter(h, version, today, r)).param("s", r.dropSignificant()).param("at", now()).update();
            }
            if (r.consequences().contains(Consequence.REVOCATION_PROPOSAL.name())) {
                jdbc.sql("INSERT INTO evaluation_revocation (evaluation_id, zone_code, status, proposed_at) VALUES (:e, :z, 'PENDING', :at)")
                        .param("e", id).param("z", r.zone()).param("at", now()).update();
            }
        }
        audit.record("EVALUATION_PUBLISHED", "EVALUATION", String.valueOf(id), h.year() + "年度评价发布为第" + version + "版" + opinion(comment));
        events.publishEvent(new EvaluationPublished(h.year(), version, today, h.method(), results.stream()
                .map(r -> new EvaluationPublished.Result(r.zone(), r.rank(), r.passed(),
                        BigDecimal.valueOf(PreviewController.round(r.total())), r.consequences()))
                .toList()));
        return version;
    }

    // ------------------------------------------------------------------------------- revocations

    /** 省政府审批撤销资格建议. */
    @Transactional
    public void decideRevocation(long id, String decision, String note) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_GOVERNMENT);
        Revocation r = revocation(id);
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInput("字段“decision”：须为 APPROVE 或 REJECT");
        }
        if (!"PENDING".equals(r.status())) {
            throw new Conflict("该撤销资格建议已处理（" + r.status() + "）");
        }
        String status = "APPROVE".equals(decision) ? "APPROVED" : "REJECTED";
        int n = jdbc.sql("UPDATE evaluation_revocation SET status = :s, decided_at = :at, decided_by = :by, decision_note = :n, "
                        + "row_version = row_version + 1 WHERE id = :id AND status = 'PENDING'")
                .param("s", status).param("at", now()).param("by", scope.username()).param("n", note).param("id", id).update();
        if (n != 1) {
            throw new Conflict("该撤销资格建议已被他人处理");
        }
        audit.record("REVOCATION_" + status, "ZONE", r.zone(), "省政府" + ("APPROVED".equals(status) ? "批准" : "未批准")
                + "取消省级高新区资格的建议" + (note == null ? "" : "：" + note));
    }

    /** 执行已批准的撤销: the department changes the zone's status (ZoneManagement publishes ZoneRevoked). */
    @Transactional
    public void executeRevocation(long id, LocalDate date) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Revocation r = revocation(id);
        if (!"APPROVED".equals(r.status())) {
            throw new Conflict("撤销资格建议尚未经省政府批准（当前：" + r.status() + "）");
        }
        Header h = header(r.evaluationId());
        LocalDate effective = date == null ? LocalDate.now() : date;
        int n = jdbc.sql("UPDATE evaluation_revocation SET status = 'EXECUTED', executed_at = :at, executed_by = :by, "
                        + "row_version = row_version + 1 WHERE id = :id AND status = 'APPROVED'")
                .param("at", now()).param("by", scope.username()).param("id", id).update();
        if (n != 1) {
            throw new Conflict("该撤销资格建议已被他人执行");
        }
        String reason = "第20条：连续2次评价不合格（" + h.year() + "年度评价第" + h.version() + "版），经省政府批准取消省级高新区资格";
        audit.record("REVOCATION_EXECUTED", "ZONE", r.zone(), reason + "，生效日期" + effective);
        zoneManagement.changeStatus(r.zone(), ZoneStatus.REVOKED, effective, reason);
    }

    // ------------------------------------------------------------------------------------ reading

    Header header(long id) {
        return jdbc.sql("SELECT id, eval_year, version, status, method, parameters, catalogue, corrects, reason, created_by, "
                        + "reviewed_by, published_on, published_by FROM evaluation WHERE id = :id")
                .param("id", id).query((rs, n) -> new Header(rs.getLong(1), rs.getInt(2), (Integer) rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8, Long.class),
                        rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(), rs.getString(13)))
                .optional().orElseThrow(() -> new UnknownEvaluation(id));
    }

    /** The header if the caller may see it: province-wide roles all, others only published ones. */
    public Header visibleHeader(long id) {
        DataScope scope = CurrentUser.scope();
        Header h = header(id);
        if (!scope.provinceWide() && !"PUBLISHED".equals(h.status())) {
            throw new UnknownEvaluation(id);
        }
        return h;
    }

    public List<Header> list(Integer year) {
        DataScope scope = CurrentUser.scope();
        String sql = "SELECT id FROM evaluation WHERE 1=1" + (year == null ? "" : " AND eval_year = :y")
                + (scope.provinceWide() ? "" : " AND status = 'PUBLISHED'") + " ORDER BY eval_year DESC, id DESC";
        var spec = jdbc.sql(sql);
        if (year != null) {
            spec = spec.param("y", year);
        }
        return spec.query(Long.class).list().stream().map(this::header).toList();
    }

    /** Results within the caller's scope. */
    public List<StoredResult> visibleResults(long id) {
        DataScope scope = CurrentUser.scope();
        Optional<java.util.Set<String>> visible = zones.visibleZones(scope);
        return results(id).stream().filter(r -> visible.map(v -> v.contains(r.zone())).orElse(true)).toList();
    }

    List<StoredResult> results(long id) {
        return jdbc.sql("SELECT zone_code, score, bonus, total, rank_no, passed, consequences, rank_low, rank_high, "
                        + "drop_significant, new_high_tech, inputs FROM evaluation_result WHERE evaluation_id = :id ORDER BY rank_no, zone_code")
                .param("id", id)
                .query((rs, n) -> new StoredResult(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getInt(5), rs.getBoolean(6),
                        rs.getString(7).isEmpty() ? List.of() : Arrays.asList(rs.getString(7).split(",")),
                        (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
                        (Boolean) rs.getObject(10, Boolean.class), (Double) rs.getObject(11, Double.class), rs.getString(12)))
                .list();
    }

    List<Notice> notices(long id) {
        Optional<java.util.Set<String>> visible = zones.visibleZones(CurrentUser.scope());
        return jdbc.sql("SELECT id, zone_code, kind, letter, drop_significant FROM evaluation_notice WHERE evaluation_id = :id ORDER BY id")
                .param("id", id).query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Boolean) rs.getObject(5, Boolean.class)))
                .list().stream().filter(x -> visible.map(v -> v.contains(x.zone())).orElse(true)).toList();
    }

    List<Revocation> revocations(Long evaluationId) {
        Optional<java.util.Set<String>> visible = zones.visibleZones(CurrentUser.scope());
        var spec = jdbc.sql("SELECT id, evaluation_id, zone_code, status, decided_by, decision_note, executed_by FROM evaluation_revocation"
                + (evaluationId == null ? "" : " WHERE evaluation_id = :id") + " ORDER BY id");
        if (evaluationId != null) {
            spec = spec.param("id", evaluationId);
        }
        return spec.query((rs, n) -> new Revocation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list().stream().filter(x -> visible.map(v -> v.contains(x.zone())).orElse(true)).toList();
    }

    /** The missing data of a stored evaluation (empty when complete). */
    public Map<String, List<String>> missing(long id) {
        return compute(header(id)).missing();
    }

    // ---------------------------------------------------------------------------------- computing

    Computation compute(Header h) {
        PreviewRequests.Parameters p = requests.parameters(parse(h.parameters()));
        List<Zone> evaluated = registry.evaluatedZones(h.year());
        if (evaluated.isEmpty()) {
            throw new Conflict(h.year() + "年度没有可参评的省级高新区");
        }
        Map<String, Map<String, EvaluationData.Cell>> values = data.values(h.year(), p.catalogue(), evaluated);
        List<String> needed = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            needed.add(i.code());
        }
        for (int b = 0; b < p.bonusItems().size(); b++) {
            if (p.bonusPoints()[b] > 0) {
                needed.add(p.bonusItems().get(b));
            }
        }
        if (!needed.contains(PreviewRequests.NEW_HIGH_TECH_ENTERPRISES)) {
            needed.add(PreviewRequests.NEW_HIGH_TECH_ENTERPRISES);
        }
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (Zone z : evaluated) {
            List<String> m = needed.stream().filter(code -> values.get(z.code()).get(code) == null
                    || values.get(z.code()).get(code).value() == null).toList();
            if (!m.isEmpty()) {
                missing.put(z.code(), m);
            }
        }
        if (!missing.isEmpty()) {
            return new Computation(missing, List.of(), Map.of(), Map.of());
        }
        Map<String, Previous> previous = previous(h.year() - 1);
        List<ZoneData> zoneData = new ArrayList<>();
        Map<String, String> inputs = new HashMap<>();
        Map<String, Double> nhte = new HashMap<>();
        for (Zone z : evaluated) {
            Map<String, EvaluationData.Cell> row = values.get(z.code());
            double[] v = new double[p.indicators().size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = row.get(p.indicators().get(j).code()).value();
            }
            long[] counts = new long[p.bonusItems().size()];
            for (int b = 0; b < counts.length; b++) {
                EvaluationData.Cell cell = row.get(p.bonusItems().get(b));
                counts[b] = cell == null || cell.value() == null ? 0 : Math.round(cell.value());
            }
            double now = row.get(PreviewRequests.NEW_HIGH_TECH_ENTERPRISES).value();
            nhte.put(z.code(), now);
            zoneData.add(new ZoneData(z.code(), v, counts, now, previous.get(z.code())));
            inputs.put(z.code(), needed.stream().map(code -> code + "=" + PreviewRequests.plain(row.get(code).value())
                    + ("CORRECTED".equals(row.get(code).source()) ? "(更正)" : "")).collect(Collectors.joining("; ")));
        }
        return new Computation(Map.of(), Evaluator.evaluate(p.with(zoneData)), inputs, nhte);
    }

    /** The previous year's latest published results, as the rules need them. */
    private Map<String, Previous> previous(int year) {
        Map<String, Previous> out = new HashMap<>();
        latestPublished(year).ifPresent(h -> results(h.id()).forEach(r -> out.put(r.zone(),
                new Previous(r.rank(), r.passed(), r.newHighTech()))));
        return out;
    }

    Optional<Header> latestPublished(int year) {
        return jdbc.sql("SELECT id FROM evaluation WHERE eval_year = :y AND status = 'PUBLISHED' ORDER BY version DESC")
                .param("y", year).query(Long.class).list().stream().findFirst().map(this::header);
    }

    private void storeResults(long id, Computation c) {
        jdbc.sql("DELETE FROM evaluation_result WHERE evaluation_id = :id").param("id", id).update();
        for (ZoneResult r : c.results()) {
            jdbc.sql("INSERT INTO evaluation_result (evaluation_id, zone_code, score, bonus, total, rank_no, passed, consequences, "
                            + "rank_low, rank_high, drop_significant, new_high_tech, inputs) VALUES (:e, :z, :s, :b, :t, :r, :p, :c, "
                            + ":lo, :hi, :sig, :nh, :in)")
                    .param("e", id).param("z", r.zone()).param("s", r.score()).param("b", r.bonus()).param("t", r.total())
                    .param("r", r.rank()).param("p", r.passed())
                    .param("c", r.consequences().stream().map(Enum::name).collect(Collectors.joining(",")))
                    .param("lo", r.rankInterval() == null ? null : r.rankInterval()[0])
                    .param("hi", r.rankInterval() == null ? null : r.rankInterval()[1])
                    .param("sig", r.dropSignificant()).param("nh", c.newHighTech().get(r.zone()))
                    .param("in", abbreviate(c.inputs().getOrDefault(r.zone(), ""), 3990)).update();
        }
    }

    private String letter(Header h, int version, LocalDate date, StoredResult r) {
        Zone zone = zones.find(r.zone()).orElseThrow();
        Previous prev = previous(h.year() - 1).get(r.zone());
        int before = prev == null || prev.rank() == null ? r.rank() : prev.rank();
        String robustness = "";
        if (r.rankLow() != null) {
            robustness = "经权重稳健性检验，你区名次的90%区间为第" + r.rankLow() + "至第" + r.rankHigh() + "位；"
                    + (Boolean.FALSE.equals(r.dropSignificant()) ? "上年度名次落在该区间内，此次下降在统计上不显著（仍按第20条规则通报约谈）。"
                            : "上年度名次在该区间之外，此次下降在统计上显著。");
        }
        return "关于" + zone.fullName() + h.year() + "年度评价结果的通报及约谈通知\n\n"
                + zone.fullName() + "管理委员会：\n"
                + "　　根据《甘肃省科技厅关于促进高新技术产业开发区高质量发展的若干措施》第20条“对排名大幅下降的省级高新区予以通报、约谈”，"
                + "现将你区" + h.year() + "年度评价结果（第" + version + "版）通报如下：你区总分"
                + PreviewRequests.plain(Math.round(r.total() * 100) / 100.0) + "分，排名第" + r.rank() + "位，较上年度第" + before
                + "位下降" + (r.rank() - before) + "位，达到通报约谈标准。" + robustness + "\n"
                + "　　请你区管理委员会主要负责同志按省科技厅通知的时间参加约谈，说明排名下降原因，并提交整改措施。\n\n"
                + "甘肃省科学技术厅\n" + date;
    }

    private Revocation revocation(long id) {
        return jdbc.sql("SELECT id, evaluation_id, zone_code, status, decided_by, decision_note, executed_by FROM evaluation_revocation WHERE id = :id")
                .param("id", id).query((rs, n) -> new Revocation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional().orElseThrow(() -> new NotFound("撤销资格建议" + id + "不存在"));
    }

    /** Contracts §8: an evaluation is reviewed and published by a user other than the one who drafted it. */
    private static void requireNotDrafter(Header h, DataScope scope, String action) {
        if (scope.username().equals(h.createdBy())) {
            throw new Forbidden("评价草稿由您起草，不能由您" + action + "：评价须由起草人以外的人员审核和发布");
        }
    }

    private static void requireStatus(Header h, String status, String action) {
        if (!status.equals(h.status())) {
            throw new Conflict("评价当前为“" + h.status() + "”，不能" + action + (h.status().equals("PUBLISHED")
                    ? "（已发布的评价不可更改；如需更正请新建草稿并填写理由）" : ""));
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : PreviewRequests.lenientReader(json).readValue(body);
        } catch (JacksonException e) {
            throw new InvalidInput("请求体不是有效的JSON");
        }
    }

    private static String opinion(String comment) {
        if (comment == null || comment.isBlank()) {
            return "";
        }
        if (comment.length() > 500) {
            throw new InvalidInput("字段“comment”：意见不超过500字");
        }
        return "，意见：" + comment.trim();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /** 评价数据不完整: names each zone and indicator still missing. */
    static final class EvaluationIncomplete extends Conflict {
        EvaluationIncomplete(Map<String, List<String>> missing) {
            super("评价数据不完整，不能审核或发布：" + missing.entrySet().stream()
                    .map(e -> e.getKey() + "缺少" + String.join("、", e.getValue())).collect(Collectors.joining("；")));
        }
    }

    /** 评价不存在. */
    static final class UnknownEvaluation extends NotFound {
        UnknownEvaluation(long id) {
            super("评价" + id + "不存在");
        }
    }
}
