package cn.gov.gansu.gaoxin.policy;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.FactType;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The OpenAPI description of contracts §3 (issue 13). {@code POST /api/policy/assessments} reads
 * its body leniently by hand ({@link FactReader}: each fact type needs other fields, and a wrong one
 * is a 400 naming the fact and field) and writes findings without their null fields
 * ({@link FindingJson}); these records only describe those shapes to integrators and their
 * generated clients. Keep them in step with FactReader and FindingJson.
 */
final class AssessmentSchemas {

    private AssessmentSchemas() {
    }

    @Schema(name = "AssessmentRequest", description = "契约§3：一组事实，一并评估；不保存任何数据")
    record AssessmentRequest(@Schema(requiredMode = RequiredMode.REQUIRED) List<AssessmentFact> facts) {
    }

    @Schema(name = "AssessmentFact", description = """
            一条事实。type 决定所需字段：
            ZONE_RECOGNISED（zone, level, date）；ZONE_APPROVED_NATIONAL（zone, date）；
            NATIONAL_PROJECT_WON（unit, zone, programme, project, fundingLandedYuan, date）；
            QUALIFICATION_RECOGNISED（enterprise, zone, qualification, recognition, date）；
            ENTERPRISE_INTRODUCED（enterprise, zone, category, date）；ZONE_REVOKED（zone, date）；
            ENCLAVE_PARK（zone, parentZone, date）；AWARD_ALREADY_GRANTED（beneficiary, line, date）；
            EVALUATION_REWARDED（zone, evaluationYear, rank, date）。
            未由事实描述的高新区代码按登记簿查找；登记簿不认识的不是高新区。""")
    record AssessmentFact(
            @Schema(description = "事实标识，结果中以 fact 引用", example = "f1", requiredMode = RequiredMode.REQUIRED) String id,
            @Schema(requiredMode = RequiredMode.REQUIRED) FactType type,
            @Schema(description = "事实发生日期", requiredMode = RequiredMode.REQUIRED) LocalDate date,
            @Schema(description = "高新区代码，如 qingcheng") String zone,
            @Schema(description = "高新区级别（ZONE_RECOGNISED）", allowableValues = {"NATIONAL", "PROVINCIAL"}) String level,
            @Schema(description = "承担单位的统一社会信用代码（NATIONAL_PROJECT_WON）") String unit,
            @Schema(description = "MAJOR_SPECIAL 国家科技重大专项；KEY_RD 国家重点研发计划；其他值不适用第5条",
                    allowableValues = {"MAJOR_SPECIAL", "KEY_RD"}) String programme,
            @Schema(description = "项目（课题）编号") String project,
            @Schema(description = "在甘落地资金（元）") String fundingLandedYuan,
            @Schema(description = "企业的统一社会信用代码") String enterprise,
            Fact.Qualification qualification,
            Fact.Recognition recognition,
            @Schema(description = "引进企业类别（ENTERPRISE_INTRODUCED）") Fact.Category category,
            @Schema(description = "母园区代码（ENCLAVE_PARK）") String parentZone,
            @Schema(description = "已获奖补的受益者：统一社会信用代码或高新区代码（AWARD_ALREADY_GRANTED）") String beneficiary,
            @Schema(description = "已获奖补的奖补项目（AWARD_ALREADY_GRANTED）") AwardLine line,
            @Schema(description = "评价年度（EVALUATION_REWARDED）") Integer evaluationYear,
            @Schema(description = "评价排名（EVALUATION_REWARDED）") Integer rank) {
    }

    @Schema(name = "AssessmentResult", description = "契约§3：每条可能产生奖补的事实一条结论")
    record AssessmentResult(@Schema(description = "所用政策参数的版本", requiredMode = RequiredMode.REQUIRED) String policyVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Finding> findings,
            @Schema(description = "市州配套奖补的结论（市州配套线，另见 /api/policy/matching-lines）") List<MatchingFinding> matchingFindings) {
    }

    @Schema(name = "AssessmentFinding", description = "一条结论；为 null 的字段省略")
    record Finding(@Schema(description = "事实标识", requiredMode = RequiredMode.REQUIRED) String fact,
            @Schema(requiredMode = RequiredMode.REQUIRED) Outcome outcome,
            @Schema(description = "条款号，如 \"10\"", requiredMode = RequiredMode.REQUIRED) String clause,
            AwardLine line,
            @Schema(description = "受益者：统一社会信用代码或高新区代码") String beneficiary,
            @Schema(description = "金额（元，ELIGIBLE 时；TO_BE_DECIDED 时为 null）") String amountYuan,
            @Schema(description = "FIXED 固定；CAPPED 封顶；MINIMUM 下限（个案决定最终金额）；TO_BE_DECIDED 待定") AmountType amountType,
            @Schema(description = "应付年度（第1、2条为事件次年）") Integer payableYear,
            @Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），市州配套为市州或高新区代码") String payer,
            @Schema(description = "审批链上的角色，依次") List<Role> approvals,
            @Schema(description = "省级计划优先支持（第10条）") Boolean priorityForProvincialPlans,
            @Schema(description = "INELIGIBLE 或 UNKNOWN 的中文原因") String reason,
            @Schema(description = "UNKNOWN 时缺少的事实") String missingFact,
            @Schema(description = "事实日期所在的高新区") String zone,
            @Schema(description = "适用政策的高新区（飞地园区为母园区）") String policyZone,
            @Schema(description = "中文说明：引用条款原文并列出算式", requiredMode = RequiredMode.REQUIRED) String explanation) {
    }

    @Schema(name = "AssessmentMatchingFinding", description = "一条市州配套奖补结论；字段同 AssessmentFinding，line 为配套线代码")
    record MatchingFinding(@Schema(requiredMode = RequiredMode.REQUIRED) String fact,
            @Schema(requiredMode = RequiredMode.REQUIRED) Outcome outcome,
            @Schema(requiredMode = RequiredMode.REQUIRED) String clause,
            @Schema(description = "配套线代码（由市州设定，取值见 /api/policy/matching-lines）") String line,
            @Schema(description = "配套所依据的省级奖补项目") AwardLine baseLine,
            String beneficiary, String amountYuan, AmountType amountType, Integer payableYear,
            @Schema(description = "出资方：市州或高新区代码。取值见配套线") String payer,
            List<Role> approvals, String reason, String missingFact, String zone, String policyZone,
            @Schema(requiredMode = RequiredMode.REQUIRED) String explanation) {
    }

    @Schema(name = "RescanReport", description = "免申即享重新扫描的结果")
    record RescanReport(long factsScanned, long eligible, long created, long alreadyOffered, long entitlementsTotal) {
    }

    @Schema(name = "EntitlementList", description = "受益者的应享奖补（免申即享：平台按登记簿的事件自动给予）")
    record EntitlementList(List<Entitlement> items) {
    }

    @Schema(name = "Entitlement", description = "一项应享奖补；对应的奖补案件见 /api/awards")
    record Entitlement(String id, @Schema(description = "受益者：统一社会信用代码或高新区代码") String beneficiary, String beneficiaryZone,
            @Schema(description = "奖补项目。取值：契约§3 的奖补项目，或市州配套线代码") String line, String clause, String amountYuan,
            AmountType amountType,
            @Schema(description = "出资方。取值：PROVINCE_DEPARTMENT、PROVINCE_FINANCE，或市州、高新区代码") String payer, int payableYear,
            List<Role> approvals, String explanation, LocalDate eventDate, FactType factType,
            @Schema(description = "来源：产生该应享奖补的登记事件，或 RESCAN（重新扫描）") String source, String policyVersion,
            @Schema(format = "date-time") String offeredAt) {
    }
}
