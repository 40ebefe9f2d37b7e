package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 成果转化 pages (clause 6, issue 11) as a person uses them: every step of a campaign and of a
 * matchmaking event done through the pages' forms, institutions with what they brokered, the Excel
 * exports (numbers as numbers, frozen header), and each page in English outside the data.
 */
class TransferPagesTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder page(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.TEXT_HTML);
    }

    static MockHttpServletRequestBuilder form(String url, Object... vars) {
        return MockMvcRequestBuilders.post(url, vars).accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    static long link(String html, String path, String text) {
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(path) + "/(\\d+)\">" + Pattern.quote(text) + "<").matcher(html);
        assertThat(m.find()).as(path + " link to " + text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @DisplayName("页面完成全过程：发起征集→企业登记并申报成果→审核→发布；登记机构、活动→报名→到场→签约（记入机构）；导出与英文界面")
    void wholeTaskInTheBrowser() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        String officer = zoneOfficer("lanzhou");
        List<String> urls = new ArrayList<>(List.of("/transfer", "/transfer/campaigns", "/transfer/events", "/transfer/institutions"));

        // 征集: open, submit, review, publish
        String campaignTitle = unique("新材料成果征集");
        asAdmin(form("/transfer/campaigns").param("title", campaignTitle).param("field", "新材料")
                .param("closesOn", LocalDate.now().plusDays(20).toString())).andExpect(flash().attributeExists("done"));
        long campaign = link(html(asAdmin(page("/transfer/campaigns")).andExpect(status().isOk())), "/transfer/campaigns", campaignTitle);
        String achievementTitle = unique("镍钴提纯");
        as(firm, form("/transfer/achievements").param("title", achievementTitle).param("owner", uscc).param("maturity", "PILOT")
                .param("transferMode", "LICENSE").param("priceYuan", "250000.00")).andExpect(flash().attributeExists("done"));
        as(firm, form("/transfer/achievements").param("title", "").param("owner", uscc)).andExpect(flash().attributeExists("error"));
        String library = html(as(firm, page("/transfer").param("title", achievementTitle)).andExpect(status().isOk()));
        assertThat(library).contains(achievementTitle, "中试", "许可", "250,000.00");
        assertThat(html(as(firm, page("/transfer").param("title", achievementTitle).param("page", "7")).andExpect(status().isOk())))
                .as("a library page beyond the last shows the last").contains("250,000.00", "第 1 / 1 页");
        Matcher id = Pattern.compile("data-id=\"(\\d+)\"").matcher(library);
        assertThat(id.find()).isTrue();
        String achievement = id.group(1);
        as(firm, form("/transfer/campaigns/{id}/submissions", campaign).param("achievement", achievement)).andExpect(flash().attributeExists("done"));
        as(firm, form("/transfer/campaigns/{id}/submissions", campaign).param("achievement", "abc")).andExpect(flash().attribute("error",
                org.hamcrest.Matchers.containsString("成果编号")));
        assertThat(html(asAdmin(page("/transfer/campaigns/{id}", campaign)))).contains(achievementTitle, "待审核", "发布征集结果");
        asAdmin(form("/transfer/campaigns/{id}/submissions/{a}/review", campaign, achievement).param("decision", "ACCEPTED"))
                .andExpect(flash().attributeExists("done"));
        asAdmin(form("/transfer/campaigns/{id}/publish", campaign)).andExpect(flash().attributeExists("done"));
        assertThat(html(asAdmin(page("/transfer/campaigns/{id}", campaign)))).contains("已发布", "已入选").doesNotContain("id=\"publish\"");
        urls.add("/transfer/campaigns/" + campaign);

        // 技术转移机构
        String institutionName = unique("兰白技术转移中心");
        asAdmin(form("/transfer/institutions").param("name", institutionName).param("zone", "lanzhou")).andExpect(flash().attributeExists("done"));
        long institution = link(html(asAdmin(page("/transfer/institutions"))), "/transfer/institutions", institutionName);

        // 对接活动: the zone creates, the enterprise registers, the zone records attendance and a contract
        String eventName = unique("锂电对接沙龙");
        as(officer, form("/transfer/events").param("name", eventName).param("kind", "SALON").param("mode", "OFFLINE")
                .param("date", "2025-10-20")).andExpect(flash().attributeExists("done"));
        long event = link(html(as(officer, page("/transfer/events"))), "/transfer/events", eventName);
        as(firm, form("/transfer/events/{id}/registrations", event).param("enterprise", uscc)).andExpect(flash().attributeExists("done"));
        as(firm, form("/transfer/events/{id}/attendance", event).param("participant", uscc).param("attended", "true"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("无权")));
        as(officer, form("/transfer/events/{id}/attendance", event).param("participant", uscc).param("attended", "true"))
                .andExpect(flash().attributeExists("done"));
        as(officer, form("/transfer/events/{id}/outcomes", event).param("kind", "CONTRACT").param("enterprise", uscc)
                .param("achievement", achievement).param("valueYuan", "").param("institution", String.valueOf(institution)))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("合同金额")));
        as(officer, form("/transfer/events/{id}/outcomes", event).param("kind", "CONTRACT").param("enterprise", uscc)
                .param("achievement", achievement).param("valueYuan", "880000.50").param("signedOn", "2025-10-20")
                .param("institution", String.valueOf(institution))).andExpect(flash().attributeExists("done"));
        String eventPage = html(as(officer, page("/transfer/events/{id}", event)).andExpect(status().isOk()));
        assertThat(eventPage).contains(eventName, "到场", "签约合同", "880,000.50", institutionName, "记录对接成果");
        assertThat(html(as(firm, page("/transfer/events/{id}", event)))).doesNotContain("记录对接成果");
        String perYear = html(asAdmin(page("/transfer/institutions").param("year", "2025")));
        assertThat(perYear).contains(institutionName, "880,000.50");
        assertThat(html(asAdmin(page("/transfer/institutions/{id}", institution)))).contains("2025", "880,000.50");
        urls.add("/transfer/events/" + event);
        urls.add("/transfer/institutions/" + institution);

        // exports: numbers as numbers, header frozen
        Sheet outcomes = sheet(asAdmin(MockMvcRequestBuilders.get("/transfer/events/{id}/export", event)));
        assertThat(outcomes.getRow(0).getCell(5).getStringCellValue()).isEqualTo("合同金额（元）");
        assertThat(outcomes.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(outcomes.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(880000.50);
        assertThat(outcomes.getPaneInformation()).isNotNull();
        assertThat(outcomes.getPaneInformation().isFreezePane()).isTrue();
        Sheet achievements = sheet(asAdmin(MockMvcRequestBuilders.get("/transfer/achievements/export").param("title", achievementTitle)));
        assertThat(achievements.getRow(1).getCell(1).getStringCellValue()).isEqualTo(achievementTitle);
        assertThat(achievements.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(250000.0);
        assertThat(sheet(asAdmin(MockMvcRequestBuilders.get("/transfer/institutions/export").param("year", "2025"))).getLastRowNum())
                .isPositive();
        asAdmin(MockMvcRequestBuilders.get("/transfer/campaigns/{id}/export", campaign)).andExpect(status().isOk());
        asAdmin(MockMvcRequestBuilders.get("/transfer/events/export")).andExpect(status().isOk());
        asAdmin(MockMvcRequestBuilders.get("/transfer/demands/export")).andExpect(status().isOk());

        // English outside the data, for every page of the task
        for (String url : urls) {
            for (String user : List.of("admin", officer, firm)) {
                String body = html(as(user, user.equals("admin") ? ADMIN_PASSWORD : PASSWORD, ConsoleEnglishTests.page(url))
                        .andExpect(status().isOk()));
                assertThat(ConsoleEnglishTests.chineseOutsideData(url, Jsoup.parse(body))).as(user + " " + url).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("成果库页面：按持有方类型、成熟度、转化方式、价格筛选；错误的筛选值给中文提示而不是500")
    void libraryFilters() throws Exception {
        String field = unique("页面领域");
        asAdmin(post("/api/achievements", "{\"title\":\"甲成果\",\"owner\":\"兰州大学\",\"field\":\"" + field
                + "\",\"ownerType\":\"UNIVERSITY\",\"maturity\":\"LAB\",\"priceYuan\":\"100.00\"}")).andExpect(status().isCreated());
        asAdmin(post("/api/achievements", "{\"title\":\"乙成果\",\"owner\":\"兰州化物所\",\"field\":\"" + field
                + "\",\"ownerType\":\"INSTITUTE\",\"maturity\":\"INDUSTRIAL\"}")).andExpect(status().isCreated());
        String lab = html(asAdmin(page("/transfer").param("field", field).param("maturity", "LAB")));
        assertThat(lab).contains("甲成果").doesNotContain("乙成果");
        String institute = html(asAdmin(page("/transfer").param("field", field).param("ownerType", "INSTITUTE")));
        assertThat(institute).contains("乙成果").doesNotContain("甲成果");
        String priced = html(asAdmin(page("/transfer").param("field", field).param("priceMin", "0")));
        assertThat(priced).contains("甲成果").doesNotContain("乙成果");
        String bad = html(asAdmin(page("/transfer").param("priceMin", "很多")).andExpect(status().isOk()));
        assertThat(bad).contains("priceMin");
    }

    static List<String> rowNames(String html, String table) {
        return Jsoup.parse(html).select("#" + table + " tbody tr[data-id] td:nth-child(2) a").eachText();
    }

    @Test
    @DisplayName("对接活动页面：按主办高新区、类型、形式、年度、名称筛选并分页，超出末页显示末页；导出Excel只含筛选出的活动（中文名称，不是代码）并记审计")
    void eventListFiltersPagesAndExports() throws Exception {
        String n = unique("页面活动");
        String[][] made = {{"甲", "SALON", "OFFLINE", "2024-03-01", "lanzhou"}, {"乙", "SALON", "ONLINE", "2025-06-01", "baiyin"},
                {"丙", "SALON", "OFFLINE", "2025-09-01", "baiyin"}, {"丁", "SCIENCE_EXPO", "OFFLINE", "2025-10-01", "baiyin"}};
        for (String[] e : made) {
            asAdmin(post("/api/matchmaking-events", "{\"name\":\"" + n + e[0] + "\",\"kind\":\"" + e[1] + "\",\"mode\":\"" + e[2]
                    + "\",\"date\":\"" + e[3] + "\",\"zone\":\"" + e[4] + "\"}")).andExpect(status().isCreated());
        }
        String officer = zoneOfficer("baiyin");
        String filtered = html(as(officer, PASSWORD, page("/transfer/events").param("name", n).param("zone", "baiyin").param("kind", "SALON")
                .param("year", "2025")).andExpect(status().isOk()));
        assertThat(rowNames(filtered, "event-list")).containsExactly(n + "丙", n + "乙");
        assertThat(Jsoup.parse(filtered).select("#f-zone option[selected]").attr("value")).isEqualTo("baiyin");
        assertThat(html(asAdmin(page("/transfer/events").param("name", n).param("mode", "ONLINE")))).contains(n + "乙").doesNotContain(n + "丙");

        String first = html(asAdmin(page("/transfer/events").param("name", n).param("size", "10").param("page", "1")));
        assertThat(rowNames(first, "event-list")).hasSize(4);
        var doc = Jsoup.parse(html(asAdmin(page("/transfer/events").param("name", n).param("size", "10").param("page", "9"))));
        assertThat(doc.select("#event-list tbody tr[data-id]")).hasSize(4);
        assertThat(doc.select("#total").text()).contains("4");
        assertThat(doc.select("#export").attr("href")).contains("/transfer/events/export").contains("name=");
        assertThat(html(asAdmin(page("/transfer/events").param("kind", "PARTY")).andExpect(status().isOk()))).contains("kind");

        Sheet sheet = sheet(as(officer, PASSWORD, MockMvcRequestBuilders.get("/transfer/events/export").param("name", n).param("zone", "baiyin")
                .param("kind", "SALON")));
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        List<String> cells = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            sheet.getRow(r).forEach(c -> cells.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : ""));
        }
        assertThat(cells).contains(n + "丙", n + "乙", "对接沙龙").doesNotContain("baiyin", "SALON", n + "丁", n + "甲");
        assertThat(audit.page("EXPORT", "MATCHMAKING_EVENT", 0, 10_000).stream().filter(e -> e.actor().equals(officer)).toList())
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("对接活动", "zone=baiyin", "kind=SALON", "行数：2"));
    }

    @Test
    @DisplayName("成果征集页面：按名称、技术领域、状态、截止年度筛选并分页，超出末页显示末页；导出Excel只含筛选出的征集（状态中文）并记审计")
    void campaignListFiltersPagesAndExports() throws Exception {
        String t = unique("页面征集");
        LocalDate closes = LocalDate.now().plusDays(20);
        long a = 0;
        for (String s : List.of("甲", "乙", "丙")) {
            ResultActions r = asAdmin(post("/api/achievement-campaigns", "{\"title\":\"" + t + s + "\",\"field\":\"新材料\",\"closesOn\":\"" + closes
                    + "\"}")).andExpect(status().isCreated());
            a = ((Number) com.jayway.jsonpath.JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        }
        asAdmin(post("/api/achievement-campaigns/{id}/publish", "", a)).andExpect(status().isOk());
        String open = html(asAdmin(page("/transfer/campaigns").param("title", t).param("status", "OPEN").param("field", "新材料")
                .param("year", String.valueOf(closes.getYear()))));
        assertThat(rowNames(open, "campaign-list")).containsExactly(t + "乙", t + "甲");
        assertThat(rowNames(html(asAdmin(page("/transfer/campaigns").param("title", t).param("year", String.valueOf(closes.getYear() + 1)))),
                "campaign-list")).isEmpty();
        var last = Jsoup.parse(html(asAdmin(page("/transfer/campaigns").param("title", t).param("size", "10").param("page", "5"))));
        assertThat(last.select("#campaign-list tbody tr[data-id]")).hasSize(3);
        assertThat(html(asAdmin(page("/transfer/campaigns").param("year", "二〇二五")).andExpect(status().isOk()))).contains("year");

        String firm = user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou"));
        Sheet sheet = sheet(as(firm, PASSWORD, MockMvcRequestBuilders.get("/transfer/campaigns/export").param("title", t).param("status", "PUBLISHED")));
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(t + "丙");
        assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("已发布");
        assertThat(audit.page("EXPORT", "ACHIEVEMENT_CAMPAIGN", 0, 10_000).stream().filter(e -> e.actor().equals(firm)).toList())
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("科技成果征集", "status=PUBLISHED", "行数：1"));
    }

    static Sheet sheet(ResultActions r) throws Exception {
        byte[] body = r.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
    }
}
