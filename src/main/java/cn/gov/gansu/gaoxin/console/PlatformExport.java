package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.platform.Platform;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 导出Excel of the 创新平台 list: {@code GET /api/platforms/export} with the list's filter (zone, kind,
 * level) writes an .xlsx with Chinese headers holding exactly the platforms the list shows within the
 * caller's scope (read page by page from the registry); another zone → 403 problem detail.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "控制台导出")
class PlatformExport {

    static final List<Excel.Column> COLUMNS = List.of(Excel.Column.text("平台名称", 36), Excel.Column.text("类型", 20),
            Excel.Column.text("级别", 10), Excel.Column.text("所属高新区", 16), Excel.Column.text("服务产业", 24),
            Excel.Column.text("产业代码", 12), Excel.Column.text("运营主体统一社会信用代码", 22), Excel.Column.text("认定日期", 12));
    static final List<String> HEADERS = COLUMNS.stream().map(Excel.Column::header).toList();

    private final PlatformRegistry platforms;
    private final ZoneDirectory zones;

    private final AuditTrail audit;

    PlatformExport(PlatformRegistry platforms, ZoneDirectory zones, AuditTrail audit) {
        this.platforms = platforms;
        this.zones = zones;
        this.audit = audit;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportPlatforms", summary = "导出创新平台名单（Excel）",
            description = "与列表相同的筛选条件，按调用者的数据范围导出 .xlsx。角色：所有已登录角色（按数据范围）。",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 工作簿",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    @GetMapping("/api/platforms/export")
    void export(@RequestParam(required = false) String zone, @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = cn.gov.gansu.gaoxin.platform.PlatformKind.class)) @RequestParam(required = false) String kind,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = cn.gov.gansu.gaoxin.platform.PlatformLevel.class)) @RequestParam(required = false) String level, HttpServletResponse response) throws IOException {
        DataScope scope = CurrentUser.scope();
        PlatformPages.Query q = PlatformPages.Query.of(zone, kind, level);
        if (q.zone() != null && !zones.canSee(scope, q.zone())) {
            throw new Forbidden("无权导出高新区“" + q.zone() + "”的创新平台");
        }
        ZoneNames names = new ZoneNames(zones);
        List<List<Object>> rows = Lists.all(paging -> platforms.list(scope, q.filter(), paging), PlatformRegistry.Page::items)
                .stream().map(x -> row(x, names)).toList();
        Lists.export(audit, response, "PLATFORM", "创新平台名录", "创新平台", Lists.criteria("zone", zone, "kind", kind, "level", level),
                COLUMNS, rows);
    }

    private static List<Object> row(Platform p, ZoneNames names) {
        List<Object> row = new ArrayList<>(HEADERS.size());
        row.add(p.name());
        row.add(p.kind().chineseName());
        row.add(p.level().chineseName());
        row.add(names.of(p.zone()));
        row.add(p.industry().name() == null ? "" : p.industry().name());
        row.add(String.join(",", p.industry().codes()));
        row.add(p.operator() == null ? "" : p.operator());
        row.add(p.recognisedOn().toString());
        return row;
    }

}
