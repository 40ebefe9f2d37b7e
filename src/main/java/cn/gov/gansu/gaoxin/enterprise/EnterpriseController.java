package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.shared.web.Message;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise registry's JSON API (contracts §5 and §7's qualification recording). */
@RestController
@Tag(name = "企业")
class EnterpriseController {

    static final String READERS = "角色：省级角色与 AUDITOR 看全部；CITY_OFFICER 看本市州的高新区；ZONE_OFFICER 看本区；ENTERPRISE 看本企业（范围外答 403 或 404）。";
    static final String WRITERS = "角色：PROVINCE_ADMIN 任意高新区；ZONE_OFFICER 仅本区（否则 403）。";

    private final EnterpriseRegistry registry;
    private final EnterpriseManagement management;

    EnterpriseController(EnterpriseRegistry registry, EnterpriseManagement management) {
        this.registry = registry;
        this.management = management;
    }

    @Operation(operationId = "registerEnterprise", summary = "登记企业", description = "契约§5：已存在的统一社会信用代码答 409，无效的答 400。" + WRITERS)
    @PostMapping("/api/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise register(@RequestBody EnterpriseManagement.NewEnterprise request) {
        return management.register(request);
    }

    @Operation(operationId = "listEnterprises", summary = "列出企业", description = "契约§5：只含调用者数据范围内的企业（他区列表答 403 或空列表）。" + READERS)
    @GetMapping("/api/enterprises")
    EnterpriseRegistry.Page list(@Parameter(description = "高新区代码") @RequestParam(required = false) String zone,
            @Parameter(description = "名称包含（最多100字）") @RequestParam(required = false) String name,
            @Parameter(description = "行业代码（GB/T 4754 前缀）") @RequestParam(required = false) String industry,
            @Parameter(description = "持有的资质", schema = @Schema(implementation = QualificationType.class)) @RequestParam(required = false) String qualification,
            @Parameter(description = "排序", schema = @Schema(allowableValues = {"name", "uscc", "zone"})) @RequestParam(required = false) String sort,
            @Parameter(description = "页码，从0起") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数，1至500") @RequestParam(defaultValue = "50") int size) {
        if (name != null && name.length() > 100) {
            throw new InvalidInput("参数“name”过长（最多100字）");
        }
        if (sort != null && !sort.matches("name|uscc|zone")) {
            throw new InvalidInput("参数“sort”须为 name、uscc 或 zone");
        }
        return registry.list(CurrentUser.scope(), new EnterpriseRegistry.Filter(blankToNull(zone), name, industry,
                EnterpriseManagement.parse(QualificationType.class, qualification, "qualification"), sort), new Paging(page, size));
    }

    @Operation(operationId = "getEnterprise", summary = "查看一家企业", description = "契约§5：企业及其入区历史、资质、国家项目和年度统计。" + READERS)
    @GetMapping("/api/enterprises/{uscc}")
    EnterpriseDetail get(@Parameter(description = "统一社会信用代码") @PathVariable String uscc) {
        DataScope scope = CurrentUser.scope();
        String code = Uscc.of(uscc).value();
        Enterprise e = registry.find(scope, code).orElseThrow(() -> new EnterpriseManagement.UnknownEnterprise(code));
        return new EnterpriseDetail(e.uscc(), e.name(), e.zone(), e.industryCode(), e.industryName(), e.listingStatus(),
                e.introducedCategory(), e.introducedOn(), e.demo(), registry.memberships(code), registry.qualifications(code),
                registry.nationalProjects(code), registry.statistics(code));
    }

    @Operation(operationId = "moveEnterprise", summary = "迁移企业到另一高新区", description = "按日期记录入区历史。角色：PROVINCE_ADMIN。")
    @PutMapping("/api/enterprises/{uscc}/zone")
    Enterprise move(@PathVariable String uscc, @RequestBody Move move) {
        return management.move(uscc, move.zone(), move.date(), move.reason());
    }

    @Operation(operationId = "recordQualification", summary = "记录企业资质认定",
            description = "契约§7：记录事实即可，符合条件的奖补自动生成（免申即享）。" + WRITERS)
    @PostMapping("/api/enterprises/{uscc}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    Qualification qualification(@PathVariable String uscc, @RequestBody EnterpriseManagement.NewQualification request) {
        return management.recordQualification(uscc, request);
    }

    @Operation(operationId = "recordIntroduction", summary = "记录引进独角兽或瞪羚企业", description = "第10条的引进事实。" + WRITERS)
    @PostMapping("/api/enterprises/{uscc}/introductions")
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise introduction(@PathVariable String uscc, @RequestBody Introduction request) {
        return management.recordIntroduction(uscc, request.category(), request.date());
    }

    @Operation(operationId = "recordNationalProject", summary = "记录承担的国家科技项目", description = "第5条的项目事实（在甘落地资金以元计）。" + WRITERS)
    @PostMapping("/api/enterprises/{uscc}/national-projects")
    @ResponseStatus(HttpStatus.CREATED)
    Message nationalProject(@PathVariable String uscc, @RequestBody EnterpriseManagement.NewNationalProject request) {
        management.recordNationalProject(uscc, request);
        return new Message("已登记");
    }

    @Operation(operationId = "reportStatistics", summary = "报送企业年度统计", description = "未报的数字保持未知，不计为零。"
            + "角色：PROVINCE_ADMIN、本区的 ZONE_OFFICER、ENTERPRISE 本企业。")
    @PutMapping("/api/enterprises/{uscc}/statistics/{year}")
    Message statistics(@PathVariable String uscc, @PathVariable int year, @RequestBody Figures s) {
        management.reportStatistics(uscc, new AnnualStatistics(uscc, year, s.revenue(), s.highTechRevenue(), s.employees(),
                s.rdStaff(), s.rdExpense(), s.exports(), s.taxes()));
        return new Message("已保存");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** One year's figures as sent (money in 元; a figure left out stays unknown). */
    record Figures(java.math.BigDecimal revenue, java.math.BigDecimal highTechRevenue, Integer employees, Integer rdStaff,
            java.math.BigDecimal rdExpense, java.math.BigDecimal exports, java.math.BigDecimal taxes) {
    }

    record Move(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String zone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date, String reason) {
    }

    record Introduction(@Schema(implementation = IntroducedCategory.class, requiredMode = Schema.RequiredMode.REQUIRED) String category,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date) {
    }

    /** One enterprise (contracts §5: at least uscc, name, zone) with its history, qualifications, projects and figures. */
    @Schema(name = "EnterpriseDetail")
    record EnterpriseDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String uscc,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(description = "当前所在高新区代码（不在任何高新区时为 null）", requiredMode = Schema.RequiredMode.REQUIRED) String zone,
            String industryCode, String industryName,
            @Schema(description = "上市状态。取值：UNLISTED、PIPELINE、STAR_MARKET、BSE、CHINEXT、MAIN_BOARD、NEEQ、OVERSEAS") String listingStatus,
            IntroducedCategory introducedCategory, LocalDate introducedOn, boolean demo,
            List<EnterpriseRegistry.Membership> memberships, List<Qualification> qualifications,
            List<EnterpriseRegistry.NationalProject> nationalProjects,
            @Schema(description = "年度统计；金额为元（数值），未报为 null") List<AnnualStatistics> statistics) {
    }
}
