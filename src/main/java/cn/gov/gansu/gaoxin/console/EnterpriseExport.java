package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 导出Excel of the enterprise list: {@code GET /api/enterprises/export} with the list's filter
 * (zone, name, qualification, industry, sort) streams an .xlsx with Chinese headers holding exactly
 * the enterprises the list shows within the caller's scope — rows are written in batches while the
 * registry streams them, so a large export never sits in memory.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "控制台导出")
class EnterpriseExport {

    static final String XLSX = Excel.XLSX;
    static final List<Excel.Column> COLUMNS = List.of(Excel.Column.text("统一社会信用代码", 22), Excel.Column.text("企业名称", 36),
            Excel.Column.text("所属高新区", 16), Excel.Column.text("行业代码", 10), Excel.Column.text("行业名称", 24),
            Excel.Column.text("有效资质", 30), Excel.Column.text("引进类别", 12), Excel.Column.text("引进日期", 12),
            Excel.Column.text("上市状态", 12));
    static final List<String> HEADERS = COLUMNS.stream().map(Excel.Column::header).toList();
    private static final int BATCH = 1000;

    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    EnterpriseExport(EnterpriseRegistry enterprises, ZoneDirectory zones, AuditTrail audit) {
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportEnterprises", summary = "导出企业名单（Excel）",
            description = "与列表相同的筛选条件，按调用者的数据范围导出 .xlsx。角色：所有已登录角色（按数据范围）。",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 工作簿",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    @GetMapping("/api/enterprises/export")
    void export(@RequestParam(required = false) String zone, @RequestParam(required = false) String name,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = cn.gov.gansu.gaoxin.enterprise.QualificationType.class)) @RequestParam(required = false) String qualification, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        DataScope scope = CurrentUser.scope();
        EnterpriseQuery query = EnterpriseQuery.of(zone, name, qualification, industry, sort);
        if (query.zone() != null && !zones.canSee(scope, query.zone())) {
            throw new Forbidden("无权导出高新区“" + query.zone() + "”的企业");
        }
        Map<QualificationType, Set<String>> valid = validQualifications(scope, query);
        ZoneNames zoneNames = new ZoneNames(zones);
        long[] rows = {0};
        boolean complete = false;
        try {
            try (Excel.Sheet sheet = Excel.open(response, "企业名录", "企业名录", COLUMNS)) {
                List<List<Object>> batch = new ArrayList<>(BATCH);
                enterprises.forEach(scope, query.filter(), e -> {
                    batch.add(row(e, valid, zoneNames));
                    rows[0]++;
                    if (batch.size() == BATCH) {
                        sheet.write(batch);
                        batch.clear();
                    }
                });
                sheet.write(batch);
            }
            complete = true;
        } finally {
            audit.recordExport("ENTERPRISE", "企业名录", filter(zone, name, qualification, industry, sort), rows[0], complete);
        }
    }

    /** The export's filter as the audit row shows it. */
    static Map<String, String> filter(String zone, String name, String qualification, String industry, String sort) {
        return Lists.criteria("zone", zone, "name", name, "qualification", qualification, "industry", industry, "sort", sort);
    }

    /** Which enterprises of the filter hold each qualification today: one streamed pass per type. */
    private Map<QualificationType, Set<String>> validQualifications(DataScope scope, EnterpriseQuery query) {
        Map<QualificationType, Set<String>> valid = new EnumMap<>(QualificationType.class);
        for (QualificationType type : QualificationType.values()) {
            if (query.qualification() != null && query.qualification() != type) {
                continue;
            }
            Set<String> holders = new HashSet<>();
            enterprises.forEach(scope, query.filterWith(type), e -> holders.add(e.uscc()));
            valid.put(type, holders);
        }
        return valid;
    }

    private static List<Object> row(Enterprise e, Map<QualificationType, Set<String>> valid, ZoneNames zoneNames) {
        List<Object> row = new ArrayList<>(HEADERS.size());
        row.add(e.uscc());
        row.add(e.name());
        row.add(e.zone() == null ? "" : zoneNames.of(e.zone()));
        row.add(nullToEmpty(e.industryCode()));
        row.add(nullToEmpty(e.industryName()));
        row.add(valid.entrySet().stream().filter(v -> v.getValue().contains(e.uscc()))
                .map(v -> v.getKey().chineseName()).collect(Collectors.joining("、")));
        row.add(e.introducedCategory() == null ? "" : e.introducedCategory().chineseName());
        row.add(e.introducedOn() == null ? "" : e.introducedOn().toString());
        row.add(ListingStatus.chineseName(e.listingStatus()));
        return row;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
