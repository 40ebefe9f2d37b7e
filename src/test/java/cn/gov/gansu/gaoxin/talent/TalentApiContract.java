package cn.gov.gansu.gaoxin.talent;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 人才 (clauses 7–9): records, required fields per kind, permit steps, scope; on H2 and PostgreSQL by the subclasses. */
abstract class TalentApiContract extends IntegrationTest {

    @Test
    @DisplayName("外籍高端人才：许可状态只能向前（受理→工作许可→居留许可），倒退为409；国籍必填")
    void foreignTalentPermitMovesForwardOnly() throws Exception {
        String officer = zoneOfficer("baiyin");
        as(officer, post("/api/talents", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"John Smith\",\"zone\":\"baiyin\",\"startedOn\":\"2025-04-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("nationality")));
        String body = as(officer, post("/api/talents", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"John Smith\",\"zone\":\"baiyin\","
                + "\"nationality\":\"英国\",\"field\":\"精细化工\",\"startedOn\":\"2025-04-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.permitStatus").value("APPLIED")).andReturn().getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"RESIDENCE_PERMIT_ISSUED\"}", id)).andExpect(status().isConflict());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"WORK_PERMIT_ISSUED\"}", id)).andExpect(status().isOk());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"APPLIED\"}", id)).andExpect(status().isConflict());
        as(zoneOfficer("lanzhou"), put("/api/talents/{id}/permit", "{\"status\":\"REFUSED\"}", id)).andExpect(status().isNotFound());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"RESIDENCE_PERMIT_ISSUED\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.permitStatus").value("RESIDENCE_PERMIT_ISSUED"));
    }

    @Test
    @DisplayName("双聘须填高校和企业；青年人才须填项目；只能登记本区；列表只含本区")
    void kindsNeedTheirFieldsAndListsFollowTheScope() throws Exception {
        String officer = zoneOfficer("yumen");
        String uscc = enterpriseIn("yumen");
        as(officer, post("/api/talents", "{\"kind\":\"DUAL_APPOINTMENT\",\"name\":\"李研究员\",\"enterprise\":\"" + uscc
                + "\",\"startedOn\":\"2025-01-01\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("institution")));
        as(officer, post("/api/talents", "{\"kind\":\"DUAL_APPOINTMENT\",\"name\":\"李研究员\",\"enterprise\":\"" + uscc
                + "\",\"institution\":\"兰州大学\",\"startedOn\":\"2025-01-01\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.zone").value("yumen"));
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"王工\",\"zone\":\"yumen\",\"startedOn\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("programme")));
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"王工\",\"zone\":\"lanzhou\",\"programme\":\"陇原青年英才\","
                + "\"startedOn\":\"2025-01-01\"}")).andExpect(status().isForbidden());
        as(officer, post("/api/talents", "{\"kind\":\"WIZARD\",\"name\":\"x\",\"zone\":\"yumen\",\"startedOn\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest());
        as(officer, get("/api/talents?size=500")).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].zone", everyItem(is("yumen"))));
    }

    long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("工作站团队成员须选所在载体（院士工作站、博士后站或联合培养平台），区取自载体；按载体列出团队；孵化器不能作载体")
    void teamMembersNameTheirCarrier() throws Exception {
        String officer = zoneOfficer("dingxi");
        long station = id(as(officer, post("/api/platforms", "{\"kind\":\"POSTDOC_STATION\",\"level\":\"PROVINCIAL\",\"name\":\""
                + unique("定西博士后站") + "\",\"zone\":\"dingxi\",\"industry\":{\"name\":\"中医药\",\"codes\":[\"27\"]},"
                + "\"recognisedOn\":\"2024-05-01\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long training = id(as(officer, post("/api/platforms", "{\"kind\":\"JOINT_TRAINING_PLATFORM\",\"level\":\"NONE\",\"name\":\""
                + unique("定西校企联合培养平台") + "\",\"zone\":\"dingxi\",\"recognisedOn\":\"2024-05-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long incubator = id(as(officer, post("/api/platforms", "{\"kind\":\"INCUBATOR\",\"level\":\"CITY\",\"name\":\""
                + unique("定西孵化器") + "\",\"zone\":\"dingxi\",\"industry\":{\"name\":\"中医药\",\"codes\":[\"27\"]},"
                + "\"recognisedOn\":\"2024-05-01\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        as(officer, post("/api/talents", "{\"kind\":\"TEAM_MEMBER\",\"name\":\"刘博士\",\"startedOn\":\"2091-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("carrier")));
        as(officer, post("/api/talents", "{\"kind\":\"TEAM_MEMBER\",\"name\":\"刘博士\",\"startedOn\":\"2025-03-01\",\"carrier\":" + incubator + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("carrier")));
        as(officer, post("/api/talents", "{\"kind\":\"TEAM_MEMBER\",\"name\":\"刘博士\",\"zone\":\"longxi\",\"startedOn\":\"2025-03-01\",\"carrier\":" + station + "}"))
                .andExpect(status().isBadRequest());
        as(officer, post("/api/talents", "{\"kind\":\"TEAM_MEMBER\",\"name\":\"刘博士\",\"startedOn\":\"2025-03-01\",\"carrier\":" + station + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("dingxi")).andExpect(jsonPath("$.carrier").value(station))
                .andExpect(jsonPath("$.carrierKind").value("POSTDOC_STATION"));
        as(officer, post("/api/talents", "{\"kind\":\"TEAM_MEMBER\",\"name\":\"赵同学\",\"startedOn\":\"2025-09-01\",\"carrier\":" + training + "}"))
                .andExpect(status().isCreated());
        as(zoneOfficer("lanzhou"), post("/api/talents", "{\"kind\":\"TEAM_MEMBER\",\"name\":\"x\",\"startedOn\":\"2025-03-01\",\"carrier\":" + station + "}"))
                .andExpect(status().isBadRequest());
        as(officer, get("/api/talents?carrier=" + station)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("刘博士"));
    }

    @Test
    @DisplayName("人才分区年度统计：本年新增与年末累计按类计数，团队成员按载体类型分列；他区无权查看；企业无数据")
    void countsPerZoneAndYear() throws Exception {
        String officer = zoneOfficer("qingcheng");
        String uscc = enterpriseIn("qingcheng");
        long early = id(as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"" + unique("青年") + "\",\"zone\":\"qingcheng\","
                + "\"programme\":\"陇原青年英才\",\"startedOn\":\"2024-03-01\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"" + unique("青年") + "\",\"zone\":\"qingcheng\","
                + "\"programme\":\"陇原青年英才\",\"startedOn\":\"2025-03-01\"}")).andExpect(status().isCreated());
        long foreign = id(as(officer, post("/api/talents", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"" + unique("Expert") + "\",\"zone\":\"qingcheng\","
                + "\"nationality\":\"德国\",\"enterprise\":\"" + uscc + "\",\"startedOn\":\"2025-05-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"WORK_PERMIT_ISSUED\"}", foreign)).andExpect(status().isOk());
        String body = as(officer, get("/api/talents/counts?year=2025")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> youthNew = JsonPath.read(body, "$.items[?(@.zone=='qingcheng' && @.kind=='YOUTH_PROGRAMME')].startedInYear");
        java.util.List<Integer> youthAll = JsonPath.read(body, "$.items[?(@.zone=='qingcheng' && @.kind=='YOUTH_PROGRAMME')].atYearEnd");
        java.util.List<Integer> permits = JsonPath.read(body, "$.items[?(@.zone=='qingcheng' && @.kind=='FOREIGN_EXPERT')].permitsIssued");
        org.assertj.core.api.Assertions.assertThat(youthNew.get(0)).isGreaterThanOrEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(youthAll.get(0)).isGreaterThan(youthNew.get(0));
        org.assertj.core.api.Assertions.assertThat(permits.get(0)).isGreaterThanOrEqualTo(1);
        as(officer, get("/api/talents/counts?year=2025")).andExpect(jsonPath("$.items[*].zone", everyItem(is("qingcheng"))));
        as(officer, put("/api/talents/{id}/end", "{\"endedOn\":\"2024-01-01\"}", early)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("endedOn")));
        as(officer, put("/api/talents/{id}/end", "{\"endedOn\":\"2024-06-01\"}", early)).andExpect(status().isOk())
                .andExpect(jsonPath("$.endedOn").value("2024-06-01"));
        as(officer, put("/api/talents/{id}/end", "{\"endedOn\":\"2024-07-01\"}", early)).andExpect(status().isConflict());
        as(zoneOfficer("lanzhou"), put("/api/talents/{id}/end", "{\"endedOn\":\"2024-07-01\"}", early)).andExpect(status().isNotFound());
        String after = as(officer, get("/api/talents/counts?year=2025")).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> youthAllAfter = JsonPath.read(after, "$.items[?(@.zone=='qingcheng' && @.kind=='YOUTH_PROGRAMME')].atYearEnd");
        org.assertj.core.api.Assertions.assertThat(youthAllAfter.get(0)).isEqualTo(youthAll.get(0) - 1);
        as(officer, get("/api/talents/counts?year=2025&zone=lanzhou")).andExpect(status().isForbidden());
        as(officer, get("/api/talents/counts?year=99999")).andExpect(status().isBadRequest());
        as(user("ENTERPRISE", "enterprise", uscc), get("/api/talents/counts?year=2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        String profile = as(officer, get("/api/zones/qingcheng/profile?year=2025")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(profile).contains("新增青年人才项目（人）", "外籍高端人才已获工作或居留许可");
    }

    @Test
    @DisplayName("坏输入：10万字的姓名、空姓名、未登记企业、无效年份——中文400/404，绝不500")
    void badInputIsAChineseProblem() throws Exception {
        String officer = zoneOfficer("yumen");
        String huge = "长".repeat(100_000);
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"" + huge + "\",\"zone\":\"yumen\",\"programme\":\"x\","
                + "\"startedOn\":\"2025-01-01\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("姓名")));
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"\",\"zone\":\"yumen\",\"programme\":\"x\","
                + "\"startedOn\":\"2025-01-01\"}")).andExpect(status().isBadRequest());
        as(officer, post("/api/talents", "{\"kind\":\"DUAL_APPOINTMENT\",\"name\":\"李\",\"institution\":\"兰大\",\"enterprise\":\""
                + newUscc() + "\",\"startedOn\":\"2025-01-01\"}")).andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString("尚未登记")));
        as(officer, post("/api/talents", "")).andExpect(status().isBadRequest());
        as(officer, get("/api/talents?year=abc")).andExpect(status().isBadRequest());
        as(officer, get("/api/talents?permitStatus=NOPE")).andExpect(status().isBadRequest());
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    @Test
    @DisplayName("修改：更正姓名、类型、国籍、日期，审计写明修改前后；坏输入为中文400且记录不变；他区管委会404；移到他区403")
    void correctionChangesTheRecordAndIsAudited() throws Exception {
        String officer = zoneOfficer("jinchang");
        String name = unique("王小明");
        long id = id(as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"" + name + "\",\"zone\":\"jinchang\","
                + "\"programme\":\"陇原青年英才\",\"startedOn\":\"2025-02-01\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
        String fixed = unique("王晓明");
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"" + fixed + "\",\"zone\":\"jinchang\","
                + "\"nationality\":\"新加坡\",\"field\":\"有色冶金\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.name").value(fixed)).andExpect(jsonPath("$.kind").value("FOREIGN_EXPERT"))
                .andExpect(jsonPath("$.programme").doesNotExist()).andExpect(jsonPath("$.permitStatus").value("APPLIED"))
                .andExpect(jsonPath("$.startedOn").value("2025-03-01"));
        java.util.List<cn.gov.gansu.gaoxin.identity.AuditTrail.Entry> rows = audit.page("TALENT", String.valueOf(id), 0, 10).stream()
                .filter(e -> e.action().equals("TALENT_CORRECTED")).toList();
        org.assertj.core.api.Assertions.assertThat(rows).singleElement().satisfies(e -> {
            org.assertj.core.api.Assertions.assertThat(e.actor()).isEqualTo(officer);
            org.assertj.core.api.Assertions.assertThat(e.detail()).contains("姓名 " + name + " → " + fixed, "类型 青年人才项目 → 外籍高端人才",
                    "开始日期 2025-02-01 → 2025-03-01", "国籍 （空） → 新加坡", "人才项目 陇原青年英才 → （空）");
        });
        String before = as(officer, get("/api/talents?zone=jinchang&size=500")).andReturn().getResponse().getContentAsString();
        // bad input: every creation check applies, nothing changes, no further audit row
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"" + fixed + "\",\"zone\":\"jinchang\","
                + "\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("nationality"))).andExpect(jsonPath("$.detail", containsString("国籍")));
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"" + "长".repeat(101) + "\",\"zone\":\"jinchang\","
                + "\"nationality\":\"新加坡\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("姓名")));
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"x\",\"zone\":\"jinchang\","
                + "\"nationality\":\"新加坡\",\"startedOn\":\"1970-03-01\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("startedOn")));
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"x\",\"zone\":\"jinchang\",\"permitStatus\":\"RESIDENCE_PERMIT_ISSUED\","
                + "\"nationality\":\"新加坡\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("permitStatus")));
        as(officer, put("/api/talents/{id}", "", id)).andExpect(status().isBadRequest());
        // scope: another zone's officer cannot see it (404, as for the permit and the end); moving it out of one's zone is 403
        as(zoneOfficer("baiyin"), put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"x\",\"zone\":\"baiyin\","
                + "\"nationality\":\"新加坡\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isNotFound());
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"x\",\"zone\":\"lanzhou\","
                + "\"nationality\":\"新加坡\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isForbidden());
        as(user("AUDITOR", null, null), put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"x\",\"zone\":\"jinchang\","
                + "\"nationality\":\"新加坡\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(as(officer, get("/api/talents?zone=jinchang&size=500")).andReturn().getResponse()
                .getContentAsString()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(audit.page("TALENT", String.valueOf(id), 0, 10).stream()
                .filter(e -> e.action().equals("TALENT_CORRECTED"))).hasSize(1);
        // the province may move it to another zone
        asAdmin(put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"" + fixed + "\",\"zone\":\"lanzhou\","
                + "\"nationality\":\"新加坡\",\"field\":\"有色冶金\",\"startedOn\":\"2025-03-01\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("lanzhou"));
        as(officer, put("/api/talents/{id}", "{}", id)).andExpect(status().isNotFound());
    }

    static int atYearEnd(String body, String zone, String kind) {
        java.util.List<Integer> all = JsonPath.read(body, "$.items[?(@.zone=='" + zone + "' && @.kind=='" + kind + "')].atYearEnd");
        return all.isEmpty() ? 0 : all.get(0);
    }

    @Test
    @DisplayName("撤销：须填原因；记录保留、写审计，但不再出现在列表、统计、导出中；之后修改、撤销、推进许可、结束都为409")
    void withdrawnRecordLeavesListsCountsAndExportsAndCannotChange() throws Exception {
        String officer = zoneOfficer("jinchang");
        String name = unique("误登记");
        long id = id(as(officer, post("/api/talents", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"" + name + "\",\"zone\":\"jinchang\","
                + "\"nationality\":\"日本\",\"startedOn\":\"2019-05-01\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
        int counted = atYearEnd(as(officer, get("/api/talents/counts?year=2019")).andReturn().getResponse().getContentAsString(), "jinchang",
                "FOREIGN_EXPERT");
        org.assertj.core.api.Assertions.assertThat(counted).isGreaterThanOrEqualTo(1);
        as(officer, get("/api/talents?zone=jinchang&year=2019&size=500")).andExpect(jsonPath("$.items[?(@.id==" + id + ")]").isNotEmpty());
        as(officer, post("/api/talents/{id}/withdrawal", "{\"reason\":\"  \"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason"))).andExpect(jsonPath("$.detail", containsString("撤销原因")));
        as(officer, post("/api/talents/{id}/withdrawal", "", id)).andExpect(status().isBadRequest());
        as(zoneOfficer("baiyin"), post("/api/talents/{id}/withdrawal", "{\"reason\":\"重复登记\"}", id)).andExpect(status().isNotFound());
        as(officer, post("/api/talents/{id}/withdrawal", "{\"reason\":\"重复登记\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawalReason").value("重复登记")).andExpect(jsonPath("$.withdrawnAt").isNotEmpty());
        org.assertj.core.api.Assertions.assertThat(audit.page("TALENT", String.valueOf(id), 0, 10)).anySatisfy(e -> {
            org.assertj.core.api.Assertions.assertThat(e.action()).isEqualTo("TALENT_WITHDRAWN");
            org.assertj.core.api.Assertions.assertThat(e.detail()).contains(name, "重复登记");
        });
        as(officer, get("/api/talents?zone=jinchang&year=2019&size=500")).andExpect(jsonPath("$.items[?(@.id==" + id + ")]").isEmpty());
        org.assertj.core.api.Assertions.assertThat(atYearEnd(as(officer, get("/api/talents/counts?year=2019")).andReturn().getResponse()
                .getContentAsString(), "jinchang", "FOREIGN_EXPERT")).isEqualTo(counted - 1);
        byte[] xlsx = as(officer, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/talents/export")
                .param("zone", "jinchang").param("year", "2019")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                org.assertj.core.api.Assertions.assertThat(row.getCell(2).getStringCellValue()).isNotEqualTo(name);
            }
        }
        as(officer, put("/api/talents/{id}", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"x\",\"zone\":\"jinchang\","
                + "\"nationality\":\"日本\",\"startedOn\":\"2019-05-01\"}", id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已撤销")));
        as(officer, post("/api/talents/{id}/withdrawal", "{\"reason\":\"再撤一次\"}", id)).andExpect(status().isConflict());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"WORK_PERMIT_ISSUED\"}", id)).andExpect(status().isConflict());
        as(officer, put("/api/talents/{id}/end", "{\"endedOn\":\"2020-01-01\"}", id)).andExpect(status().isConflict());
    }
}
