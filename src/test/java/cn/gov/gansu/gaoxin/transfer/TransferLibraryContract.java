package cn.gov.gansu.gaoxin.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.idev.excel.FastExcel;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The achievements library's attributes and filters, technology-transfer institutions with what they
 * brokered per year, the Excel import of achievements and demands, and bad input (issue 11); on H2
 * and PostgreSQL by the subclasses.
 */
abstract class TransferLibraryContract extends IntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    @DisplayName("成果库：持有方类型、成熟度、转化方式、价格（精确，可缺省——缺省不是0）及其筛选")
    void attributesAndFilters() throws Exception {
        String field = unique("新材料");
        long priced = id(asAdmin(post("/api/achievements", "{\"title\":\"高熵合金制备\",\"owner\":\"兰州理工大学\",\"field\":\"" + field
                + "\",\"ownerType\":\"UNIVERSITY\",\"maturity\":\"中试\",\"transferMode\":\"LICENSE\",\"priceYuan\":\"500000.10\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.priceYuan").value("500000.10"))
                .andExpect(jsonPath("$.maturity").value("PILOT")).andExpect(jsonPath("$.ownerType").value("UNIVERSITY")));
        long unpriced = id(asAdmin(post("/api/achievements", "{\"title\":\"稀土提纯\",\"owner\":\"中科院兰州化物所\",\"field\":\"" + field
                + "\",\"ownerType\":\"INSTITUTE\",\"maturity\":\"RESEARCH\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.priceYuan").value(nullValue()))
                .andExpect(jsonPath("$.transferMode").value(nullValue())));
        String uscc = enterpriseIn("baiyin");
        asAdmin(post("/api/achievements", "{\"title\":\"铝合金焊接\",\"owner\":\"" + uscc + "\",\"field\":\"" + field + "\",\"priceYuan\":\"0\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerType").value("ENTERPRISE"))
                .andExpect(jsonPath("$.priceYuan").value("0.00"));

        asAdmin(get("/api/achievements?field={f}", field)).andExpect(jsonPath("$.total").value(3));
        asAdmin(get("/api/achievements?field={f}&ownerType=UNIVERSITY", field)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(priced));
        asAdmin(get("/api/achievements?field={f}&maturity=RESEARCH", field)).andExpect(jsonPath("$.items[0].id").value(unpriced));
        asAdmin(get("/api/achievements?field={f}&transferMode=许可", field)).andExpect(jsonPath("$.total").value(1));
        // the unpriced one is in no price range; the free one (0.00) is
        asAdmin(get("/api/achievements?field={f}&priceMin=0", field)).andExpect(jsonPath("$.total").value(2));
        asAdmin(get("/api/achievements?field={f}&priceMax=100", field)).andExpect(jsonPath("$.total").value(1));
        asAdmin(get("/api/achievements?field={f}&priceMin=500000.10&priceMax=500000.10", field)).andExpect(jsonPath("$.total").value(1));

        asAdmin(get("/api/achievements?maturity=半成品")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("成熟度")));
        asAdmin(get("/api/achievements?priceMin=abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("priceMin")));
        asAdmin(post("/api/achievements", "{\"title\":\"x\",\"owner\":\"兰州大学\",\"priceYuan\":\"-1\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("负数")));
        asAdmin(post("/api/achievements", "{\"title\":\"x\",\"owner\":\"兰州大学\",\"priceYuan\":\"1.234\"}")).andExpect(status().isBadRequest());
        asAdmin(post("/api/achievements", "{\"title\":\"x\",\"owner\":\"兰州大学\",\"transferMode\":\"送\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("转化方式")));
        asAdmin(post("/api/achievements", "{\"title\":\"x\",\"owner\":\"" + uscc + "\",\"ownerType\":\"UNIVERSITY\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("ownerType")));
    }

    @Test
    @DisplayName("坏输入：空标题、十万字文本、未登记企业——中文问题详情，从不500")
    void badInput() throws Exception {
        String huge = "锂".repeat(100_000);
        asAdmin(post("/api/achievements", "{\"title\":\"\",\"owner\":\"兰州大学\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("标题")));
        asAdmin(post("/api/achievements", "{\"title\":\"" + huge + "\",\"owner\":\"兰州大学\"}")).andExpect(status().isBadRequest());
        asAdmin(post("/api/achievements", "{\"title\":\"锂电\",\"owner\":\"兰州大学\",\"summary\":\"" + huge + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("20000")));
        asAdmin(post("/api/demands", "{\"enterprise\":\"" + newUscc() + "\",\"title\":\"锂电\"}")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("尚未登记")));
        asAdmin(post("/api/transfer-institutions", "{\"name\":\"" + huge + "\"}")).andExpect(status().isBadRequest());
        asAdmin(post("/api/transfer-institutions", "{\"name\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("机构名称")));
        asAdmin(get("/api/transfer-institutions?year=99")).andExpect(status().isBadRequest());
        asAdmin(get("/api/transfer-institutions/{id}", "abc")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("技术转移机构：对接成果记入机构，按签约年度统计意向数、合同数和合同金额")
    void institutionsCountWhatTheyBrokeredPerYear() throws Exception {
        String name = unique("甘肃技术转移中心");
        long inst = id(asAdmin(post("/api/transfer-institutions", "{\"name\":\"" + name + "\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isCreated()));
        asAdmin(post("/api/transfer-institutions", "{\"name\":\"" + name + "\"}")).andExpect(status().isConflict());
        zoneOfficerCannotRegisterElsewhere();
        String uscc = enterpriseIn("lanzhou");
        long event = id(asAdmin(post("/api/matchmaking-events", "{\"name\":\"科博会\",\"kind\":\"SCIENCE_EXPO\",\"mode\":\"OFFLINE\",\"date\":\""
                + LocalDate.now() + "\"}")).andExpect(status().isCreated()));
        asAdmin(post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"CONTRACT\",\"enterprise\":\"" + uscc
                + "\",\"valueYuan\":\"1200000.50\",\"signedOn\":\"2025-06-01\",\"institution\":" + inst + "}", event)).andExpect(status().isCreated());
        asAdmin(post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"CONTRACT\",\"enterprise\":\"" + uscc
                + "\",\"valueYuan\":\"300000.25\",\"signedOn\":\"2025-09-01\",\"institution\":" + inst + "}", event)).andExpect(status().isCreated());
        asAdmin(post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"INTENTION\",\"enterprise\":\"" + uscc
                + "\",\"signedOn\":\"2026-03-01\",\"institution\":" + inst + "}", event)).andExpect(status().isCreated());
        asAdmin(post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"INTENTION\",\"enterprise\":\"" + uscc
                + "\",\"institution\":987654321}", event)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("技术转移机构")));

        List<Object> listed = JsonPath.read(asAdmin(get("/api/matchmaking-events")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$.items[?(@.id == " + event + ")].contractValueYuan");
        assertThat(listed).containsExactly("1500000.75");
        asAdmin(get("/api/achievement-campaigns")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        asAdmin(get("/api/transfer-institutions/{id}", inst)).andExpect(status().isOk())
                .andExpect(jsonPath("$.contracts").value(2)).andExpect(jsonPath("$.intentions").value(1))
                .andExpect(jsonPath("$.contractValueYuan").value("1500000.75"))
                .andExpect(jsonPath("$.years[0].year").value(2026)).andExpect(jsonPath("$.years[0].contracts").value(0))
                .andExpect(jsonPath("$.years[0].contractValueYuan").value(nullValue()))
                .andExpect(jsonPath("$.years[1].year").value(2025)).andExpect(jsonPath("$.years[1].contractValueYuan").value("1500000.75"));
        String list = asAdmin(get("/api/transfer-institutions?year=2025")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Object> mine = JsonPath.read(list, "$.items[?(@.id == " + inst + ")].contractValueYuan");
        assertThat(mine).containsExactly("1500000.75");
        List<Object> in2024 = JsonPath.read(asAdmin(get("/api/transfer-institutions?year=2024")).andReturn().getResponse()
                .getContentAsString(), "$.items[?(@.id == " + inst + ")].contracts");
        assertThat(in2024).containsExactly(0);
    }

    private void zoneOfficerCannotRegisterElsewhere() throws Exception {
        as(zoneOfficer("lanzhou"), post("/api/transfer-institutions", "{\"name\":\"" + unique("白银转移中心") + "\",\"zone\":\"baiyin\"}"))
                .andExpect(status().isForbidden());
        as(user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou")), post("/api/transfer-institutions", "{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("Excel导入成果与需求：模板、全有或全无（中文错误）、同一文件导两次不变")
    void importAchievementsAndDemands() throws Exception {
        String owner = unique("兰州交通大学");
        List<Object> head = List.of("成果名称", "持有方", "持有方类型", "技术领域", "成熟度", "转化方式", "挂牌价格（元）", "成果简介");
        byte[] good = xlsx(head, List.of(
                List.of("轨道交通智能检测", owner, "高校", "智能制造", "中试", "许可", "800000.00", "基于视觉的轨道检测"),
                List.of("冷链物流温控", owner, "高校", "现代农业", "小试", "", "", "")));
        String job = upload("achievements", good);
        finished(job).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(2));
        finished(upload("achievements", good)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));
        String found = asAdmin(get("/api/achievements?title=冷链物流温控")).andReturn().getResponse().getContentAsString();
        List<Object> prices = JsonPath.read(found, "$.items[?(@.owner == '" + owner + "')].priceYuan");
        assertThat(prices).hasSize(1).containsOnlyNulls();

        byte[] bad = xlsx(head, List.of(
                List.of("新材料A", owner, "高校", "", "", "", "", ""),
                List.of("新材料B", owner, "外星", "", "半成品", "", "-5", "")));
        String failed = upload("achievements", bad);
        String body = finished(failed).andExpect(jsonPath("$.status").value("FAILED")).andExpect(jsonPath("$.created").value(0))
                .andReturn().getResponse().getContentAsString();
        List<String> messages = JsonPath.read(body, "$.errors[*].message");
        assertThat(messages).isNotEmpty().allMatch(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        asAdmin(get("/api/achievements?title=新材料A")).andExpect(jsonPath("$.items[?(@.owner == '" + owner + "')]").isEmpty());

        String uscc = enterpriseIn("zhangye");
        byte[] demands = xlsx(List.of("统一社会信用代码", "需求名称", "需求描述"), List.of(List.of(uscc, "寻求节水灌溉技术", "戈壁农业")));
        finished(upload("demands", demands)).andExpect(jsonPath("$.created").value(1));
        finished(upload("demands", demands)).andExpect(jsonPath("$.unchanged").value(1));
        byte[] unknown = xlsx(List.of("统一社会信用代码", "需求名称", "需求描述"), List.of(List.of(newUscc(), "寻求技术", "")));
        finished(upload("demands", unknown)).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].column").value("统一社会信用代码"));
    }

    static byte[] xlsx(List<Object> head, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<Object>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        FastExcel.write(out).sheet("数据").doWrite(all);
        return out.toByteArray();
    }

    private String upload(String kind, byte[] file) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.multipart("/api/imports/" + kind)
                        .file(new MockMultipartFile("file", "导入.xlsx", XLSX, file)).header("Authorization", basic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions finished(String id) throws Exception {
        for (int i = 0; i < 6000; i++) {
            ResultActions r = asAdmin(get("/api/imports/{id}", id)).andExpect(status().isOk());
            String st = JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.status");
            if (!"RUNNING".equals(st)) {
                return r;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("导入任务未结束：" + id);
    }
}
