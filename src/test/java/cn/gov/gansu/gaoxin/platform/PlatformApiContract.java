package cn.gov.gansu.gaoxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The platform registry's API: recording, scoped reads, bad input; on H2 and PostgreSQL by the subclasses. */
@RecordApplicationEvents
abstract class PlatformApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformRegistry registry;
    @Autowired
    ApplicationEvents events;

    static String platform(String kind, String level, String name, String zone, String extra) {
        return "{\"kind\":\"" + kind + "\",\"level\":\"" + level + "\",\"name\":\"" + name + "\",\"zone\":\"" + zone
                + "\",\"recognisedOn\":\"2025-06-01\"" + extra + "}";
    }

    static String incubator(String name, String zone) {
        return platform("INCUBATOR", "NATIONAL", name, zone, ",\"industry\":{\"name\":\"生物医药\",\"codes\":[\"27\",\"2761\"]}");
    }

    long create(String json) throws Exception {
        String body = asAdmin(post("/api/platforms", json)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("按名称排序按拼音跨页（阿、北、长、中），不是按码位（中、北、长、阿）；倒序反之；无排序键的行补写后归位")
    void namesSortByPinyinAcrossPages() throws Exception {
        String tag = unique("众创空间");
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (String first : List.of("中", "北", "长", "阿")) {
            ids.put(first, create(platform("MAKER_SPACE", "PROVINCIAL", first + tag, "yumen", "")));
        }
        // a row written by plain SQL without its key (as an old row or a DBA's script): last, until the backfill keys it
        jdbc.sql("UPDATE innovation_platform SET name_sort = NULL WHERE id = :id").param("id", ids.get("阿")).update();
        assertThat(pagedIds("name")).containsSubsequence(ids.get("北"), ids.get("长"), ids.get("中"), ids.get("阿"));
        assertThat(sortKeys.backfill()).isPositive();
        assertThat(pagedIds("name")).containsSubsequence(ids.get("阿"), ids.get("北"), ids.get("长"), ids.get("中"));
        assertThat(pagedIds("-name")).containsSubsequence(ids.get("中"), ids.get("长"), ids.get("北"), ids.get("阿"));
        asAdmin(get("/api/platforms?sort=size")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("sort")));
    }

    @Autowired
    PlatformSortKeys sortKeys;

    /** The ids of zone yumen's provincial maker spaces, page by page (two a page), in the order asked. */
    private List<Long> pagedIds(String sort) throws Exception {
        List<Long> out = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            String body = asAdmin(get("/api/platforms?zone=yumen&kind=MAKER_SPACE&level=PROVINCIAL&sort={s}&page={p}&size=2", sort, page))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Number> found = JsonPath.read(body, "$.items[*].id");
            if (found.isEmpty()) {
                return out;
            }
            found.forEach(n -> out.add(n.longValue()));
        }
    }

    @Test
    @DisplayName("管理员登记国家级孵化器：返回201，可按编号读取，写审计日志并发布 PlatformRecognised 事件")
    void recordsAnIncubatorAndPublishesTheFact() throws Exception {
        String name = unique("兰州生物医药孵化器");
        String operator = newUscc();
        String body = asAdmin(post("/api/platforms", platform("INCUBATOR", "NATIONAL", name, "lanzhou",
                ",\"operator\":\"" + operator + "\",\"industry\":{\"name\":\"生物医药\",\"codes\":[\"27\"]}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("INCUBATOR"))
                .andExpect(jsonPath("$.level").value("NATIONAL")).andExpect(jsonPath("$.zone").value("lanzhou"))
                .andExpect(jsonPath("$.operator").value(operator)).andExpect(jsonPath("$.industry.codes[0]").value("27"))
                .andExpect(jsonPath("$.recognisedOn").value("2025-06-01")).andExpect(jsonPath("$.demo").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        asAdmin(get("/api/platforms/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'PLATFORM' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(PlatformRecognised.class).filter(e -> e.id() == id).toList())
                .containsExactly(new PlatformRecognised(id, "lanzhou", PlatformKind.INCUBATOR, PlatformLevel.NATIONAL,
                        LocalDate.of(2025, 6, 1)));
    }

    @Test
    @DisplayName("同区同类同名的平台重复登记为409")
    void aDuplicateIsAConflict() throws Exception {
        String name = unique("白银众创空间");
        create(platform("MAKER_SPACE", "NATIONAL", name, "baiyin", ""));
        asAdmin(post("/api/platforms", platform("MAKER_SPACE", "PROVINCIAL", name, "baiyin", "")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("已登记")));
    }

    @Test
    @DisplayName("错误输入返回中文400并指明字段")
    void badInputNamesTheField() throws Exception {
        asAdmin(post("/api/platforms", platform("CASTLE", "NATIONAL", "x", "lanzhou", "")))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("kind")));
        asAdmin(post("/api/platforms", platform("MAKER_SPACE", "GALACTIC", "x", "lanzhou", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("level")));
        asAdmin(post("/api/platforms", platform("MAKER_SPACE", "NATIONAL", " ", "lanzhou", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("name")));
        asAdmin(post("/api/platforms", platform("MAKER_SPACE", "NATIONAL", "x", "atlantis", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("zone")));
        asAdmin(post("/api/platforms", platform("MAKER_SPACE", "NATIONAL", "x", "lanzhou", ",\"operator\":\"91350100M000100Y44\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("operator")));
        asAdmin(post("/api/platforms", platform("INCUBATOR", "NATIONAL", "x", "lanzhou", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("industry")));
        asAdmin(post("/api/platforms", platform("INCUBATOR", "NATIONAL", "x", "lanzhou",
                ",\"industry\":{\"name\":\"生物医药\",\"codes\":[\"27; DROP\"]}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("industry.codes")));
        asAdmin(post("/api/platforms", platform("INNOVATION_PLATFORM", "CITY", "x", "lanzhou", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("省级以上")));
        asAdmin(post("/api/platforms", "{\"kind\":\"MAKER_SPACE\",\"level\":\"NATIONAL\",\"name\":\"x\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("recognisedOn")));
        asAdmin(post("/api/platforms", "{\"kind\":\"MAKER_SPACE\",\"level\":\"NATIONAL\",\"name\":\"x\",\"zone\":\"lanzhou\","
                + "\"recognisedOn\":\"2099-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("recognisedOn")));
        asAdmin(post("/api/platforms", "{\"kind\":")).andExpect(status().isBadRequest());
        asAdmin(get("/api/platforms?kind=CASTLE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("kind")));
        asAdmin(get("/api/platforms?size=100000")).andExpect(status().isBadRequest());
        asAdmin(get("/api/platforms/{id}", "abc")).andExpect(status().isNotFound());
        asAdmin(get("/api/platforms/{id}", 987654321)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("高新区工作人员只能在本区登记，只能看到本区平台；他区的查询为403，他区的平台为404")
    void aZoneOfficerWorksOnlyInItsZone() throws Exception {
        String officer = zoneOfficer("jinchang");
        String own = unique("金昌新能源电池孵化器");
        String ownBody = as(officer, post("/api/platforms", platform("INCUBATOR", "PROVINCIAL", own, "jinchang",
                ",\"industry\":{\"name\":\"新能源电池\",\"codes\":[\"3841\"]}")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ownId = ((Number) JsonPath.read(ownBody, "$.id")).longValue();
        as(officer, post("/api/platforms", incubator(unique("越权"), "lanzhou"))).andExpect(status().isForbidden());
        long other = create(incubator(unique("兰州孵化器"), "lanzhou"));
        as(officer, get("/api/platforms/{id}", other)).andExpect(status().isNotFound());
        as(officer, get("/api/platforms/{id}", ownId)).andExpect(status().isOk());
        as(officer, get("/api/platforms?zone=lanzhou")).andExpect(status().isForbidden());
        as(officer, get("/api/platforms?page=0&size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].zone", everyItem(is("jinchang"))));
        as(officer, get("/api/platforms?zone=jinchang&kind=INCUBATOR&level=PROVINCIAL")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", org.hamcrest.Matchers.hasItem(own)));
    }

    @Test
    @DisplayName("市州工作人员只看本市各区且不能登记；审计可读不可写；企业用户看不到平台；未登录为401")
    void otherRolesSeeOnlyTheirScope() throws Exception {
        long inMinle = create(platform("MAKER_SPACE", "NONE", unique("民乐众创空间"), "minle", ""));
        long inLanzhou = create(platform("MAKER_SPACE", "NONE", unique("兰州众创空间"), "lanzhou", ""));
        String city = cityOfficer("zhangye-city");
        as(city, get("/api/platforms/{id}", inMinle)).andExpect(status().isOk());
        as(city, get("/api/platforms/{id}", inLanzhou)).andExpect(status().isNotFound());
        as(city, get("/api/platforms?zone=lanzhou")).andExpect(status().isForbidden());
        as(city, post("/api/platforms", platform("MAKER_SPACE", "NONE", unique("x"), "minle", ""))).andExpect(status().isForbidden());
        String auditor = user("AUDITOR", null, null);
        as(auditor, get("/api/platforms/{id}", inLanzhou)).andExpect(status().isOk());
        as(auditor, post("/api/platforms", platform("MAKER_SPACE", "NONE", unique("x"), "lanzhou", ""))).andExpect(status().isForbidden());
        String enterprise = user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou"));
        as(enterprise, get("/api/platforms")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        as(enterprise, get("/api/platforms/{id}", inLanzhou)).andExpect(status().isNotFound());
        mvc.perform(get("/api/platforms")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("按区按年统计新增和年末存量；孵化器按区列出其服务产业，可判断主导产业是否有孵化器")
    void countsPerZoneAndYearAndIncubatorCoverage() throws Exception {
        String zone = "longxi";
        long before2025 = registry.recognisedIn(2025, Set.of(PlatformKind.NEW_RD_INSTITUTE), Set.of(PlatformLevel.PROVINCIAL))
                .getOrDefault(zone, 0L);
        long existingBefore = registry.existingAtYearEnd(2025, Set.of(PlatformKind.NEW_RD_INSTITUTE), Set.of(PlatformLevel.PROVINCIAL))
                .getOrDefault(zone, 0L);
        create(platform("NEW_RD_INSTITUTE", "PROVINCIAL", unique("陇西中医药研究院"), zone, "").replace("2025-06-01", "2024-03-01"));
        create(platform("NEW_RD_INSTITUTE", "PROVINCIAL", unique("陇西铝研究院"), zone, ""));
        create(platform("NEW_RD_INSTITUTE", "CITY", unique("陇西市级研究院"), zone, ""));
        assertThat(registry.recognisedIn(2025, Set.of(PlatformKind.NEW_RD_INSTITUTE), Set.of(PlatformLevel.PROVINCIAL)).get(zone))
                .isEqualTo(before2025 + 1);
        assertThat(registry.existingAtYearEnd(2025, Set.of(PlatformKind.NEW_RD_INSTITUTE), Set.of(PlatformLevel.PROVINCIAL)).get(zone))
                .isEqualTo(existingBefore + 2);
        assertThat(registry.recognisedIn(2025, Set.of(PlatformKind.NEW_RD_INSTITUTE),
                Set.of(PlatformLevel.PROVINCIAL, PlatformLevel.CITY)).get(zone)).isEqualTo(before2025 + 2);

        Map<String, List<String>> leading = Map.of("中医药", List.of("2730", "2740"), "铝冶炼及制品", List.of("3216", "3252"));
        List<String> missingBefore = registry.leadingIndustriesWithoutIncubator(zone, leading, LocalDate.of(2025, 12, 31));
        create(platform("INCUBATOR", "PROVINCIAL", unique("陇西中药孵化器"), zone,
                ",\"industry\":{\"name\":\"中医药\",\"codes\":[\"27\"]}"));
        List<String> missingAfter = registry.leadingIndustriesWithoutIncubator(zone, leading, LocalDate.of(2025, 12, 31));
        assertThat(missingAfter).doesNotContain("中医药");
        assertThat(missingBefore.size() - missingAfter.size()).isBetween(0, 1);
        assertThat(registry.leadingIndustriesWithoutIncubator(zone, leading, LocalDate.of(2025, 1, 1)))
                .as("an incubator recognised later does not count earlier").contains("中医药");
        assertThat(registry.incubatorsByZone(LocalDate.of(2025, 12, 31)).get(zone))
                .anyMatch(p -> p.industry().codes().equals(List.of("27")));
    }

    @Test
    @DisplayName("talent2：科教资源聚集区、创新港（第3条）和校企联合人才培养平台（第8条）作为载体登记，年度画像按条款计数")
    void clauseThreeAndEightCarriersAreCountedInTheProfile() throws Exception {
        String officer = zoneOfficer("yumen");
        for (String kind : List.of("SCIENCE_EDUCATION_CLUSTER", "INNOVATION_PORT", "JOINT_TRAINING_PLATFORM")) {
            as(officer, post("/api/platforms", "{\"kind\":\"" + kind + "\",\"level\":\"NONE\",\"name\":\"" + unique("玉门" + kind)
                    + "\",\"zone\":\"yumen\",\"recognisedOn\":\"2096-01-01\"}")).andExpect(status().isBadRequest());
            as(officer, post("/api/platforms", "{\"kind\":\"" + kind + "\",\"level\":\"NONE\",\"name\":\"" + unique("玉门" + kind)
                    + "\",\"zone\":\"yumen\",\"recognisedOn\":\"2023-06-01\"}")).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.kind").value(kind));
        }
        String profile = as(officer, get("/api/zones/yumen/profile?year=2023")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> three = JsonPath.read(profile, "$.clauses[?(@.clause == '3')].items[*].label");
        List<String> eight = JsonPath.read(profile, "$.clauses[?(@.clause == '8')].items[*].label");
        assertThat(three).contains("本年新增科教资源聚集区（家）", "本年新增校企共生融合发展创新港（家）");
        assertThat(eight).contains("年末校企联合人才培养平台（家）");
        as(officer, get("/api/platforms?zone=yumen&kind=INNOVATION_PORT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kindName", everyItem(is("校企共生融合发展创新港"))));
    }
}
