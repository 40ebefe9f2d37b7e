package cn.gov.gansu.gaoxin.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Contracts §4 POST /api/evaluations/preview: arithmetic, ranking, consequences, roles and refusals. */
abstract class EvaluationPreviewApiContract extends IntegrationTest {

    static final String EXAMPLE = """
            { "year": 2025, "method": "TARGET_REFERENCED", "passMark": 60,
              "indicators": [ {"code":"NEW_HIGH_TECH_ENTERPRISES","weight":0.4,"benchmark":20},
                              {"code":"HIGH_TECH_REVENUE_GROWTH","weight":0.3,"benchmark":0.15},
                              {"code":"NEW_HIGH_TECH_EMPLOYEES","weight":0.3,"benchmark":500} ],
              "bonusPoints": {"NEW_RD_INSTITUTIONS":2,"NEW_NATIONAL_INCUBATORS":3,"NEW_NATIONAL_MAKER_SPACES":2},
              "bonusCap": 10, "rewardTopN": 3, "bigDropPlaces": 3,
              "zones": [ {"zone":"jiayuguan",
                          "values":{"NEW_HIGH_TECH_ENTERPRISES":12,"HIGH_TECH_REVENUE_GROWTH":0.2,"NEW_HIGH_TECH_EMPLOYEES":300},
                          "bonusCounts":{"NEW_RD_INSTITUTIONS":1},
                          "previous":{"rank":2,"passed":true,"newHighTechEnterprises":10}} ] }
            """;

    /** Four zones: two tie for second place; jinchang fell 3 places; yumen failed twice. */
    static final String FOUR = """
            { "year": 2025, "method": "TARGET_REFERENCED", "passMark": 60,
              "indicators": [ {"code":"NEW_HIGH_TECH_ENTERPRISES","weight":0.5,"benchmark":10},
                              {"code":"HIGH_TECH_ENTERPRISE_SHARE","weight":0.5} ],
              "bonusPoints": {"NEW_NATIONAL_INCUBATORS":3}, "bonusCap": 5, "rewardTopN": 2, "bigDropPlaces": 3,
              "zones": [
                {"zone":"zhangye","values":{"NEW_HIGH_TECH_ENTERPRISES":10,"HIGH_TECH_ENTERPRISE_SHARE":0.12},
                 "bonusCounts":{"NEW_NATIONAL_INCUBATORS":4}},
                {"zone":"jinchang","values":{"NEW_HIGH_TECH_ENTERPRISES":8,"HIGH_TECH_ENTERPRISE_SHARE":0.08},
                 "previous":{"rank":1,"passed":true,"newHighTechEnterprises":9}},
                {"zone":"dingxi","values":{"NEW_HIGH_TECH_ENTERPRISES":8,"HIGH_TECH_ENTERPRISE_SHARE":0.08}},
                {"zone":"yumen","values":{"NEW_HIGH_TECH_ENTERPRISES":2,"HIGH_TECH_ENTERPRISE_SHARE":0.02},
                 "previous":{"rank":3,"passed":false,"newHighTechEnterprises":1}} ] }
            """;

    @Test
    @DisplayName("合同示例：得分72、加分2、总分74，第1名合格，获奖励和表扬")
    void theContractExampleScoresAndRewards() throws Exception {
        asAdmin(post("/api/evaluations/preview", EXAMPLE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].zone").value("jiayuguan"))
                .andExpect(jsonPath("$.results[0].score").value(72.0))
                .andExpect(jsonPath("$.results[0].bonus").value(2.0))
                .andExpect(jsonPath("$.results[0].total").value(74.0))
                .andExpect(jsonPath("$.results[0].rank").value(1))
                .andExpect(jsonPath("$.results[0].passed").value(true))
                .andExpect(jsonPath("$.results[0].consequences", contains("REWARD", "PRAISE")))
                .andExpect(jsonPath("$.results[0].rankInterval").doesNotExist());
    }

    @Test
    @DisplayName("并列共享名次、其后跳号；名次大降通报约谈；连续两次不合格建议撤销")
    void tiesSkipRanksAndConsequencesFollow() throws Exception {
        asAdmin(post("/api/evaluations/preview", FOUR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].zone", contains("zhangye", "jinchang", "dingxi", "yumen")))
                .andExpect(jsonPath("$.results[*].rank", contains(1, 2, 2, 4)))
                .andExpect(jsonPath("$.results[0].total").value(105.0))
                .andExpect(jsonPath("$.results[0].bonus").value(5.0))
                .andExpect(jsonPath("$.results[0].consequences", contains("REWARD")))
                // 0.5×80 + 0.5×80 = 80, rank 2 ≤ 2: reward; previous rank 1: drop 1 < 3; 8 < 9: no praise
                .andExpect(jsonPath("$.results[1].consequences", contains("REWARD")))
                .andExpect(jsonPath("$.results[2].consequences", contains("REWARD")))
                // yumen: 20 < 60, failed before; rank 4 − 3 = 1; 2 > 1: praise
                .andExpect(jsonPath("$.results[3].passed").value(false))
                .andExpect(jsonPath("$.results[3].consequences", contains("PRAISE", "REVOCATION_PROPOSAL")));
    }

    @Test
    @DisplayName("名次下降达到K位即通报约谈")
    void aBigDropIsPubliclyNoticed() throws Exception {
        asAdmin(post("/api/evaluations/preview", FOUR.replace("\"previous\":{\"rank\":3,\"passed\":false",
                "\"previous\":{\"rank\":1,\"passed\":true"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[3].consequences", contains("PRAISE", "PUBLIC_NOTICE_AND_SUMMONS")));
    }

    @Test
    @DisplayName("极差法：所有值相等时各区均得100分")
    void minMaxGivesEveryoneHundredWhenAllEqual() throws Exception {
        String body = """
                {"method":"MIN_MAX","passMark":60,"indicators":[{"code":"RD_INTENSITY","weight":1}],
                 "zones":[{"zone":"pingliang","values":{"RD_INTENSITY":0.02}},{"zone":"longxi","values":{"RD_INTENSITY":0.02}}]}
                """;
        asAdmin(post("/api/evaluations/preview", body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].score", contains(100.0, 100.0)))
                .andExpect(jsonPath("$.results[*].rank", contains(1, 1)));
    }

    @Test
    @DisplayName("稳健性：同一种子结果相同，并给出名次区间")
    void robustnessIsReproducibleWithTheSameSeed() throws Exception {
        String body = FOUR.replace("\"zones\":", "\"robustness\":{\"draws\":1000,\"weightNoise\":0.25,\"seed\":7},\"zones\":");
        String first = asAdmin(post("/api/evaluations/preview", body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].rankInterval", contains(1, 1)))
                .andExpect(jsonPath("$.results[3].rankInterval", contains(4, 4)))
                .andReturn().getResponse().getContentAsString();
        String second = asAdmin(post("/api/evaluations/preview", body)).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
    }

    @Test
    @DisplayName("审计人员可以预演；高新区、市州、财政、企业角色一律403")
    void onlyProvinceAdminAndAuditorMayPreview() throws Exception {
        as(user("AUDITOR", null, null), post("/api/evaluations/preview", EXAMPLE)).andExpect(status().isOk());
        as(zoneOfficer("jiayuguan"), post("/api/evaluations/preview", EXAMPLE)).andExpect(status().isForbidden());
        as(cityOfficer("jiayuguan-city"), post("/api/evaluations/preview", EXAMPLE)).andExpect(status().isForbidden());
        as(user("PROVINCE_FINANCE", null, null), post("/api/evaluations/preview", EXAMPLE)).andExpect(status().isForbidden());
        as(user("PROVINCE_GOVERNMENT", null, null), post("/api/evaluations/preview", "{not json"))
                .andExpect(status().isForbidden());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("权重之和不为1", EXAMPLE.replace("\"weight\":0.4", "\"weight\":0.5"), "indicators[].weight"),
                Arguments.of("未知评分方法", EXAMPLE.replace("TARGET_REFERENCED", "MEDIAN"), "method"),
                Arguments.of("缺少评分方法", EXAMPLE.replace("\"method\": \"TARGET_REFERENCED\",", ""), "method"),
                Arguments.of("未知指标代码", EXAMPLE.replace("{\"code\":\"NEW_HIGH_TECH_EMPLOYEES\"", "{\"code\":\"GDP\""),
                        "indicators[2].code"),
                Arguments.of("加分项当作指标", EXAMPLE.replace("{\"code\":\"NEW_HIGH_TECH_EMPLOYEES\"", "{\"code\":\"NEW_RD_INSTITUTIONS\""),
                        "indicators[2].code"),
                Arguments.of("重复指标", EXAMPLE.replace("{\"code\":\"NEW_HIGH_TECH_EMPLOYEES\"", "{\"code\":\"NEW_HIGH_TECH_ENTERPRISES\""),
                        "indicators[2].code"),
                Arguments.of("负的加分项数量", EXAMPLE.replace("{\"NEW_RD_INSTITUTIONS\":1}", "{\"NEW_RD_INSTITUTIONS\":-1}"),
                        "zones[0].bonusCounts.NEW_RD_INSTITUTIONS"),
                Arguments.of("小数的加分项数量", EXAMPLE.replace("{\"NEW_RD_INSTITUTIONS\":1}", "{\"NEW_RD_INSTITUTIONS\":1.5}"),
                        "zones[0].bonusCounts.NEW_RD_INSTITUTIONS"),
                Arguments.of("未知加分项", EXAMPLE.replace("{\"NEW_RD_INSTITUTIONS\":1}", "{\"PATENTS\":1}"),
                        "zones[0].bonusCounts.PATENTS"),
                Arguments.of("名录中没有的高新区", EXAMPLE.replace("\"zone\":\"jiayuguan\"", "\"zone\":\"atlantis\""), "zones[0].zone"),
                Arguments.of("国家高新区不参加省级评价", EXAMPLE.replace("\"zone\":\"jiayuguan\"", "\"zone\":\"lanzhou\""),
                        "zones[0].zone"),
                Arguments.of("缺少指标值", EXAMPLE.replace("\"NEW_HIGH_TECH_EMPLOYEES\":300", "\"RD_INTENSITY\":0.01"),
                        "zones[0].values.NEW_HIGH_TECH_EMPLOYEES"),
                Arguments.of("指标值为null", EXAMPLE.replace("\"NEW_HIGH_TECH_EMPLOYEES\":300", "\"NEW_HIGH_TECH_EMPLOYEES\":null"),
                        "zones[0].values.NEW_HIGH_TECH_EMPLOYEES"),
                Arguments.of("指标值为字符串", EXAMPLE.replace("\"NEW_HIGH_TECH_EMPLOYEES\":300", "\"NEW_HIGH_TECH_EMPLOYEES\":\"300\""),
                        "zones[0].values.NEW_HIGH_TECH_EMPLOYEES"),
                Arguments.of("基准值为0", EXAMPLE.replace("\"benchmark\":500", "\"benchmark\":0"), "indicators[2].benchmark"),
                Arguments.of("基准值为负", EXAMPLE.replace("\"benchmark\":500", "\"benchmark\":-5"), "indicators[2].benchmark"),
                Arguments.of("目标值法缺少基准值", EXAMPLE.replace(",\"benchmark\":500", ""), "indicators[2].benchmark"),
                Arguments.of("空的高新区列表", EXAMPLE.substring(0, EXAMPLE.indexOf("\"zones\"")) + "\"zones\":[]}", "zones"),
                Arguments.of("重复的高新区", EXAMPLE.replace("\"zones\": [ {\"zone\":\"jiayuguan\",",
                        "\"zones\": [ {\"zone\":\"jiayuguan\",\"values\":{\"NEW_HIGH_TECH_ENTERPRISES\":1,"
                        + "\"HIGH_TECH_REVENUE_GROWTH\":0.1,\"NEW_HIGH_TECH_EMPLOYEES\":3}}, {\"zone\":\"jiayuguan\","), "zones[1].zone"),
                Arguments.of("超大数值", EXAMPLE.replace("\"NEW_HIGH_TECH_EMPLOYEES\":300", "\"NEW_HIGH_TECH_EMPLOYEES\":1e400"),
                        "zones[0].values.NEW_HIGH_TECH_EMPLOYEES"),
                Arguments.of("负的新增高企数", EXAMPLE.replace("\"NEW_HIGH_TECH_ENTERPRISES\":12", "\"NEW_HIGH_TECH_ENTERPRISES\":-2"),
                        "zones[0].values.NEW_HIGH_TECH_ENTERPRISES"),
                Arguments.of("负的合格线", EXAMPLE.replace("\"passMark\": 60", "\"passMark\": -1"), "passMark"),
                Arguments.of("负的加分上限", EXAMPLE.replace("\"bonusCap\": 10", "\"bonusCap\": -1"), "bonusCap"),
                Arguments.of("小数的前N名", EXAMPLE.replace("\"rewardTopN\": 3", "\"rewardTopN\": 2.5"), "rewardTopN"),
                Arguments.of("上年名次为0", EXAMPLE.replace("\"rank\":2", "\"rank\":0"), "zones[0].previous.rank"),
                Arguments.of("扰动幅度为1", EXAMPLE.replace("\"zones\":", "\"robustness\":{\"draws\":10,\"weightNoise\":1},\"zones\":"),
                        "robustness.weightNoise"),
                Arguments.of("抽样次数为0", EXAMPLE.replace("\"zones\":", "\"robustness\":{\"draws\":0,\"weightNoise\":0.2},\"zones\":"),
                        "robustness.draws"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("无效请求答400中文问题详情并指明字段")
    void invalidRequestsAreRefusedNamingTheField(String what, String body, String field) throws Exception {
        asAdmin(post("/api/evaluations/preview", body)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("“" + field + "”")));
    }

    @Test
    @DisplayName("NaN、Infinity答400并指明字段；非JSON请求体答400")
    void nanAndMalformedBodiesAre400() throws Exception {
        asAdmin(post("/api/evaluations/preview", EXAMPLE.replace("300", "NaN"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("zones[0].values.NEW_HIGH_TECH_EMPLOYEES")));
        asAdmin(post("/api/evaluations/preview", EXAMPLE.replace("\"benchmark\":500", "\"benchmark\":Infinity")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("indicators[2].benchmark")));
        asAdmin(post("/api/evaluations/preview", EXAMPLE.replace("\"weight\":0.4", "\"weight\":-Infinity")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("indicators[0].weight")));
        asAdmin(post("/api/evaluations/preview", "")).andExpect(status().isBadRequest());
        asAdmin(post("/api/evaluations/preview", "[1,2]")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("目录外的指标代码照常计分，并在顶层warnings中用中文指明该代码；目录内的请求warnings为空")
    void codesOutsideTheCatalogueAreScoredAndNamedInWarnings() throws Exception {
        String candidate = EXAMPLE.replace("{\"code\":\"NEW_HIGH_TECH_EMPLOYEES\",\"weight\":0.3,\"benchmark\":500}",
                "{\"code\":\"PATENTS_PER_ENTERPRISE\",\"weight\":0.3,\"benchmark\":4}")
                .replace("\"NEW_HIGH_TECH_EMPLOYEES\":300", "\"PATENTS_PER_ENTERPRISE\":2");
        // 0.4 × 60 + 0.3 × 100 + 0.3 × (2 / 4 × 100) = 69; bonus 2
        asAdmin(post("/api/evaluations/preview", candidate)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].score").value(69.0))
                .andExpect(jsonPath("$.results[0].total").value(71.0))
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0]", containsString("PATENTS_PER_ENTERPRISE")))
                .andExpect(jsonPath("$.warnings[0]", containsString("不在")));
        asAdmin(post("/api/evaluations/preview", EXAMPLE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings.length()").value(0));
    }

    @Test
    @DisplayName("极差法也为目录外指标计分，两个目录外代码都在warnings中列出")
    void minMaxScoresSeveralCandidateCodes() throws Exception {
        String body = """
                { "year": 2025, "method": "MIN_MAX", "passMark": 60,
                  "indicators": [ {"code":"CANDIDATE_A","weight":0.5}, {"code":"CANDIDATE_B","weight":0.5} ],
                  "zones": [ {"zone":"jiayuguan","values":{"CANDIDATE_A":10,"CANDIDATE_B":1}},
                             {"zone":"zhangye","values":{"CANDIDATE_A":20,"CANDIDATE_B":3}} ] }
                """;
        asAdmin(post("/api/evaluations/preview", body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[?(@.zone=='zhangye')].score", hasItem(100.0)))
                .andExpect(jsonPath("$.results[?(@.zone=='jiayuguan')].score", hasItem(0.0)))
                .andExpect(jsonPath("$.warnings[0]", containsString("CANDIDATE_A")))
                .andExpect(jsonPath("$.warnings[0]", containsString("CANDIDATE_B")));
    }

    @Test
    @DisplayName("某高新区的values缺少目录外指标的值：400，指明高新区和指标代码")
    void aCandidateCodeMissingFromAZonesValuesIs400NamingZoneAndCode() throws Exception {
        String body = """
                { "year": 2025, "method": "MIN_MAX", "passMark": 60,
                  "indicators": [ {"code":"NEW_HIGH_TECH_ENTERPRISES","weight":0.5}, {"code":"CANDIDATE_A","weight":0.5} ],
                  "zones": [ {"zone":"jiayuguan","values":{"NEW_HIGH_TECH_ENTERPRISES":3,"CANDIDATE_A":1}},
                             {"zone":"zhangye","values":{"NEW_HIGH_TECH_ENTERPRISES":4}} ] }
                """;
        asAdmin(post("/api/evaluations/preview", body)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("zhangye")))
                .andExpect(jsonPath("$.detail", containsString("CANDIDATE_A")))
                .andExpect(jsonPath("$.detail", containsString("“zones[1].values.CANDIDATE_A”")));
        // a catalogue code missing from a zone's values names the zone and the code as well
        asAdmin(post("/api/evaluations/preview", body.replace(",\"CANDIDATE_A\":1", "").replace("CANDIDATE_A", "HIGH_TECH_ENTERPRISE_SHARE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("jiayuguan")))
                .andExpect(jsonPath("$.detail", containsString("HIGH_TECH_ENTERPRISE_SHARE")));
    }

    @Test
    @DisplayName("指标目录可查询：高企占比基准10%、主导产业集中度基准60%")
    void theCatalogueCarriesTheGansuDefaults() throws Exception {
        asAdmin(get("/api/evaluations/indicators"))
                .andExpect(jsonPath("$[0].indicators[?(@.code=='HIGH_TECH_ENTERPRISE_SHARE')].benchmark", hasItem(0.10)))
                .andExpect(jsonPath("$[0].indicators[?(@.code=='LEADING_INDUSTRY_CONCENTRATION')].benchmark", hasItem(0.60)));
    }
}
