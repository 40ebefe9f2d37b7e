package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 人才, 仪器共享 and 科技专员 forms through the real security filters: each task done in the browser's way (forms, redirects). */
class TalentInstrumentPagesTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder page(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.TEXT_HTML);
    }

    static MockHttpServletRequestBuilder form(String url, Object... vars) {
        return MockMvcRequestBuilders.post(url, vars).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    static Sheet sheet(ResultActions r) throws Exception {
        byte[] bytes = r.andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    @Test
    @DisplayName("人才：管委会在页面登记博士后站团队成员和外籍人才、推进许可；列表按载体筛选，导出Excel编号为数字；坏输入提示中文不500")
    void talentTasksInTheBrowser() throws Exception {
        String officer = zoneOfficer("jiayuguan");
        String stationName = unique("嘉峪关博士后站");
        String body = as(officer, post("/api/platforms", "{\"kind\":\"POSTDOC_STATION\",\"level\":\"PROVINCIAL\",\"name\":\"" + stationName
                + "\",\"zone\":\"jiayuguan\",\"recognisedOn\":\"2024-05-01\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long station = ((Number) JsonPath.read(body, "$.id")).longValue();
        String member = unique("钱博士");
        as(officer, form("/talents").param("kind", "TEAM_MEMBER").param("name", member).param("startedOn", "2025-04-01")
                .param("carrier", String.valueOf(station))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("doneKey", "talents.done.recorded"));
        as(officer, form("/talents").param("kind", "FOREIGN_EXPERT").param("name", "长".repeat(100_000)).param("zone", "jiayuguan")
                .param("nationality", "法国").param("startedOn", "2025-04-01")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("姓名")));
        as(officer, form("/talents").param("kind", "").param("name", "")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        String foreign = unique("Pierre");
        as(officer, form("/talents").param("kind", "FOREIGN_EXPERT").param("name", foreign).param("zone", "jiayuguan")
                .param("nationality", "法国").param("startedOn", "2025-04-01")).andExpect(status().is3xxRedirection());

        String list = html(as(officer, page("/talents").param("carrier", String.valueOf(station))).andExpect(status().isOk()));
        assertThat(list).contains(member, stationName, "工作站（平台）团队成员", "共 1 条", "导出Excel", "分区统计");
        // a page beyond the last (an old bookmark, a shrunk list) shows the last page, as every console list does
        assertThat(html(as(officer, page("/talents").param("carrier", String.valueOf(station)).param("page", "7")).andExpect(status().isOk())))
                .contains(member, "第 1 / 1 页");
        String foreigners = html(as(officer, page("/talents").param("kind", "FOREIGN_EXPERT").param("size", "100")).andExpect(status().isOk()));
        assertThat(foreigners).contains(foreign, "已受理", "已发工作许可");
        long id = ((Number) JsonPath.read(as(officer, get("/api/talents?kind=FOREIGN_EXPERT&size=1")).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        as(officer, form("/talents/{id}/permit", id).param("status", "WORK_PERMIT_ISSUED")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("doneKey", "talents.done.permit"));
        as(officer, form("/talents/{id}/permit", id).param("status", "APPLIED")).andExpect(flash().attributeExists("error"));

        Sheet sheet = sheet(as(officer, MockMvcRequestBuilders.get("/talents/export").param("carrier", String.valueOf(station)))
                .andExpect(status().isOk()));
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("类型");
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(member);
        assertThat(audit.page("EXPORT", "TALENT", 0, 10_000).stream().filter(e -> e.actor().equals(officer)).toList())
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("carrier=" + station, "行数：1"));
        long memberId = ((Number) JsonPath.read(as(officer, get("/api/talents?carrier=" + station)).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        as(officer, form("/talents/{id}/end", memberId).param("endedOn", "2025-13-01")).andExpect(flash().attributeExists("error"));
        as(officer, form("/talents/{id}/end", memberId).param("endedOn", "2025-10-01")).andExpect(flash().attribute("doneKey", "talents.done.ended"));
        assertThat(html(as(officer, page("/talents").param("carrier", String.valueOf(station))))).contains("已于 2025-10-01 结束");
        as(officer, page("/talents").param("zone", "lanzhou")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("人才修改与撤销：列表每行有修改和撤销；修改表单预填原值，保存后记录改变、写审计；坏输入回到表单并提示中文；撤销须填原因，之后不在列表中、不能再修改；英文页无中文")
    void correctAndWithdrawInTheBrowser() throws Exception {
        String officer = zoneOfficer("longxi");
        String name = unique("陇西青年");
        as(officer, form("/talents").param("kind", "YOUTH_PROGRAMME").param("name", name).param("zone", "longxi")
                .param("programme", "陇原青年英才").param("startedOn", "2025-06-01")).andExpect(flash().attribute("doneKey", "talents.done.recorded"));
        long id = ((Number) JsonPath.read(as(officer, get("/api/talents?zone=longxi&size=1")).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(html(as(officer, page("/talents").param("zone", "longxi")).andExpect(status().isOk())));
        org.jsoup.nodes.Element row = list.selectFirst("#talent-list tr[data-id=" + id + "]");
        assertThat(row.select("a[href=/talents/" + id + "/edit]").text()).isEqualTo("修改");
        assertThat(row.select("form[action=/talents/" + id + "/withdrawal] input[name=reason][required]")).hasSize(1);
        assertThat(org.jsoup.Jsoup.parse(html(as(user("AUDITOR", null, null), page("/talents")).andExpect(status().isOk())))
                .select("a[href$=/edit], form[action$=/withdrawal]")).as("an auditor reads only").isEmpty();

        org.jsoup.nodes.Document edit = org.jsoup.Jsoup.parse(html(as(officer, page("/talents/{id}/edit", id)).andExpect(status().isOk())));
        assertThat(edit.selectFirst("#e-name").val()).isEqualTo(name);
        assertThat(edit.selectFirst("#e-programme").val()).isEqualTo("陇原青年英才");
        assertThat(edit.selectFirst("#e-startedOn").val()).isEqualTo("2025-06-01");
        assertThat(edit.selectFirst("#e-kind option[selected]").val()).isEqualTo("YOUTH_PROGRAMME");
        assertThat(edit.selectFirst("#e-zone option[selected]").val()).isEqualTo("longxi");
        as(zoneOfficer("lanzhou"), page("/talents/{id}/edit", id)).andExpect(status().isNotFound());

        as(officer, form("/talents/{id}/edit", id).param("kind", "YOUTH_PROGRAMME").param("name", name).param("zone", "longxi")
                .param("programme", "").param("startedOn", "2025-06-01")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/talents/" + id + "/edit"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("programme")));
        String fixed = unique("陇西青年改");
        as(officer, form("/talents/{id}/edit", id).param("kind", "YOUTH_PROGRAMME").param("name", fixed).param("zone", "longxi")
                .param("programme", "陇原青年英才").param("field", "中医药").param("startedOn", "2025-06-02"))
                .andExpect(flash().attribute("doneKey", "talents.done.corrected"));
        assertThat(html(as(officer, page("/talents").param("zone", "longxi")))).contains(fixed, "中医药");
        assertThat(audit.page("TALENT", String.valueOf(id), 0, 10)).anySatisfy(e -> assertThat(e.detail())
                .contains("姓名 " + name + " → " + fixed, "开始日期 2025-06-01 → 2025-06-02"));

        for (String url : List.of("/talents/" + id + "/edit", "/talents?zone=longxi")) {
            String body = html(as(officer, ConsoleEnglishTests.page(url)).andExpect(status().isOk()));
            assertThat(ConsoleEnglishTests.chineseOutsideData(url, org.jsoup.Jsoup.parse(body).body())).as(url).isEmpty();
        }

        as(officer, form("/talents/{id}/withdrawal", id).param("reason", "")).andExpect(flash().attribute("error",
                org.hamcrest.Matchers.containsString("撤销原因")));
        as(officer, form("/talents/{id}/withdrawal", id).param("reason", "与另一条重复")).andExpect(flash().attribute("doneKey", "talents.done.withdrawn"));
        assertThat(html(as(officer, page("/talents").param("zone", "longxi")))).doesNotContain(fixed);
        as(officer, page("/talents/{id}/edit", id)).andExpect(status().isConflict());
        as(officer, form("/talents/{id}/edit", id).param("kind", "YOUTH_PROGRAMME").param("name", "x").param("zone", "longxi")
                .param("programme", "x").param("startedOn", "2025-06-02")).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已撤销")));
        as(officer, form("/talents/{id}/withdrawal", id).param("reason", "再撤")).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已撤销")));
    }

    @Test
    @DisplayName("仪器共享：登记仪器→企业在页面预约→仪器所在区审核→记录使用，费用按价；他区不能审核；导出费用为数字")
    void instrumentTasksInTheBrowser() throws Exception {
        String officer = zoneOfficer("zhangye");
        String name = unique("激光粒度仪");
        as(officer, form("/instruments").param("name", name).param("owner", "河西学院").param("zone", "zhangye")
                .param("category", "ANALYSIS").param("pricePerHourYuan", "120.50")).andExpect(flash().attribute("doneKey", "instruments.done.listed"));
        as(officer, form("/instruments").param("name", "").param("owner", "x").param("zone", "zhangye").param("category", "ANALYSIS"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("name")));
        long instrument = ((Number) JsonPath.read(as(officer, get("/api/instruments?q=" + name)).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        String uscc = enterpriseIn("minle");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        String catalogue = html(as(firm, page("/instruments").param("q", name)).andExpect(status().isOk()));
        assertThat(catalogue).contains(name, "河西学院", "120.50", "预约");
        assertThat(html(as(firm, page("/instruments").param("q", name).param("page", "7")).andExpect(status().isOk())))
                .as("a catalogue page beyond the last shows the last").contains("120.50", "第 1 / 1 页");
        as(firm, form("/instruments/{id}/bookings", instrument).param("enterprise", uscc).param("date", LocalDate.now().plusDays(2).toString())
                .param("hours", "abc")).andExpect(flash().attributeExists("error"));
        as(firm, form("/instruments/{id}/bookings", instrument).param("enterprise", uscc).param("date", LocalDate.now().plusDays(2).toString())
                .param("hours", "2")).andExpect(flash().attribute("doneKey", "instruments.done.booked"));
        long booking = ((Number) JsonPath.read(as(firm, get("/api/instrument-bookings?instrument=" + instrument)).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        as(zoneOfficer("lanzhou"), form("/instrument-bookings/{id}/decision", booking).param("decision", "APPROVED"))
                .andExpect(flash().attributeExists("error"));
        String queue = html(as(officer, page("/instruments").param("status", "REQUESTED")).andExpect(status().isOk()));
        assertThat(queue).contains(name, "待审核", "审核");
        as(officer, form("/instrument-bookings/{id}/decision", booking).param("decision", "APPROVED"))
                .andExpect(flash().attribute("doneKey", "instruments.done.decided"));
        as(officer, form("/instrument-bookings/{id}/usage", booking).param("hoursUsed", "1.5"))
                .andExpect(flash().attribute("doneKey", "instruments.done.used"));
        String done = html(as(firm, page("/instruments")).andExpect(status().isOk()));
        assertThat(done).contains("已使用", "180.75");
        Sheet sheet = sheet(as(firm, MockMvcRequestBuilders.get("/instruments/bookings/export")).andExpect(status().isOk()));
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(180.75);
        Sheet cat = sheet(as(firm, MockMvcRequestBuilders.get("/instruments/export").param("q", name)).andExpect(status().isOk()));
        assertThat(cat.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(120.5);
    }

    @Test
    @DisplayName("仪器预约取消：企业在页面见到本企业可取消预约的“取消预约”，写理由取消后显示已取消、按钮消失；他企业看不到按钮；再取消提示中文；英文页无中文")
    void bookingCancelInTheBrowser() throws Exception {
        String officer = zoneOfficer("qingcheng");
        String name = unique("电感耦合等离子体质谱仪");
        as(officer, form("/instruments").param("name", name).param("owner", "陇东学院").param("zone", "qingcheng").param("category", "ANALYSIS"))
                .andExpect(flash().attribute("doneKey", "instruments.done.listed"));
        long instrument = ((Number) JsonPath.read(as(officer, get("/api/instruments?q=" + name)).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        String uscc = enterpriseIn("qingcheng");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        for (LocalDate day : List.of(LocalDate.now().plusDays(4), LocalDate.now().minusDays(1))) {
            as(firm, form("/instruments/{id}/bookings", instrument).param("enterprise", uscc).param("date", day.toString()).param("hours", "2"))
                    .andExpect(flash().attribute("doneKey", "instruments.done.booked"));
        }
        List<Long> ids = JsonPath.<List<Number>>read(as(firm, get("/api/instrument-bookings?instrument=" + instrument)).andReturn().getResponse()
                .getContentAsString(), "$.items[*].id").stream().map(Number::longValue).toList();
        long past = ids.get(0);
        long booking = ids.get(1);
        org.jsoup.nodes.Document mine = org.jsoup.Jsoup.parse(html(as(firm, page("/instruments")).andExpect(status().isOk())));
        assertThat(mine.select("#booking-list tr[data-id=" + booking + "] form.cancel-booking button").text()).isEqualTo("取消预约");
        assertThat(mine.select("#booking-list tr[data-id=" + booking + "] form.cancel-booking").attr("action")).isEqualTo("/instrument-bookings/" + booking + "/cancellation");
        assertThat(mine.select("#booking-list tr[data-id=" + past + "] form.cancel-booking")).as("a past booking offers no cancel").isEmpty();
        assertThat(mine.select("#booking-list tr[data-id=" + booking + "] form[action$=/decision]")).as("an enterprise does not decide").isEmpty();
        String owner = html(as(officer, page("/instruments")).andExpect(status().isOk()));
        assertThat(org.jsoup.Jsoup.parse(owner).select("#booking-list tr[data-id=" + booking + "] form.cancel-booking")).hasSize(1);
        String stranger = user("ENTERPRISE", "enterprise", enterpriseIn("qingcheng"));
        assertThat(html(as(stranger, page("/instruments")).andExpect(status().isOk()))).doesNotContain("/instrument-bookings/" + booking + "/cancellation");
        as(stranger, form("/instrument-bookings/{id}/cancellation", booking)).andExpect(flash().attribute("error", "只能取消本企业的预约"));
        for (String user : List.of(firm, officer)) {
            assertThat(ConsoleEnglishTests.chineseOutsideData("/instruments", org.jsoup.Jsoup.parse(html(as(user, ConsoleEnglishTests.page("/instruments"))
                    .andExpect(status().isOk()))).body())).as(user).isEmpty();
        }

        as(firm, form("/instrument-bookings/{id}/cancellation", booking).param("reason", "项目推迟"))
                .andExpect(flash().attribute("doneKey", "instruments.done.cancelled"));
        as(firm, form("/instrument-bookings/{id}/cancellation", booking))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已取消")));
        as(firm, form("/instrument-bookings/{id}/cancellation", past))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已过")));
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(html(as(firm, page("/instruments").param("status", "CANCELLED")).andExpect(status().isOk())));
        assertThat(after.select("#booking-list tr[data-id=" + booking + "]").text()).contains("已取消", "项目推迟");
        assertThat(after.select("#booking-list tr[data-id=" + booking + "] form")).isEmpty();
        Sheet sheet = sheet(as(firm, MockMvcRequestBuilders.get("/instruments/bookings/export").param("status", "CANCELLED")).andExpect(status().isOk()));
        assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("已取消");
        assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("项目推迟");
    }

    @Test
    @DisplayName("科技专员：管理员在页面登记专员（上限0或10000提示中文），企业登记需求，年度报告可看可导出；他人看不到报告")
    void commissionerFormsAndReport() throws Exception {
        String name = unique("孙专员");
        asAdmin(form("/commissioners/new").param("name", name).param("expertise", "装备制造、新材料").param("capacity", "0").param("year", "2079"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("capacity")));
        asAdmin(form("/commissioners/new").param("name", name).param("expertise", "装备制造").param("capacity", "10000"))
                .andExpect(flash().attributeExists("error"));
        asAdmin(form("/commissioners/new").param("name", name).param("expertise", "装备制造、新材料").param("capacity", "2"))
                .andExpect(flash().attribute("doneKey", "cm.done.commissioner"));
        String uscc = enterpriseIn("baiyin");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        as(firm, form("/commissioners/needs").param("enterprise", uscc).param("year", "2079").param("field", "新材料"))
                .andExpect(flash().attribute("doneKey", "cm.done.need"));
        as(firm, form("/commissioners/needs").param("enterprise", newUscc()).param("year", "2079").param("field", "新材料"))
                .andExpect(flash().attributeExists("error"));
        asAdmin(MockMvcRequestBuilders.post("/commissioners/dispatch").param("year", "2079")).andExpect(status().is3xxRedirection());
        String plan = asAdmin(post("/api/commissioner-dispatches", "{\"year\":2079}")).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        long dispatch = ((Number) JsonPath.read(plan, "$.id")).longValue();
        long need = ((Number) JsonPath.read(plan, "$.assignments[0].need")).longValue();
        long mine = ((Number) ((List<?>) JsonPath.read(asAdmin(get("/api/commissioners")).andReturn().getResponse().getContentAsString(),
                "$.items[?(@.name == '" + name + "')].id")).get(0)).longValue();
        asAdmin(form("/commissioners/plans/{d}/needs/{n}/assign", dispatch, need).param("commissioner", String.valueOf(mine)).param("year", "2079"))
                .andExpect(flash().attribute("doneKey", "cm.done.adjusted")).andExpect(flash().attributeExists("doneArgs"));
        as(firm, form("/commissioners/plans/{d}/needs/{n}/assign", dispatch, need).param("commissioner", "")).andExpect(flash().attributeExists("error"));
        String officer = zoneOfficer("baiyin");
        as(officer, form("/commissioners/plans/{d}/needs/{n}/log", dispatch, need).param("date", LocalDate.now().toString())
                .param("hours", "2").param("content", "上门诊断新材料工艺")).andExpect(flash().attribute("doneKey", "cm.done.logged"));
        as(officer, form("/commissioners/plans/{d}/needs/{n}/log", dispatch, need).param("date", LocalDate.now().toString())
                .param("hours", "两小时").param("content", "x")).andExpect(flash().attributeExists("error"));
        as(firm, form("/commissioners/plans/{d}/needs/{n}/rate", dispatch, need).param("score", "5").param("comment", "很好"))
                .andExpect(flash().attribute("doneKey", "cm.done.rated"));
        as(firm, form("/commissioners/plans/{d}/needs/{n}/rate", dispatch, need).param("score", "4")).andExpect(flash().attributeExists("error"));
        String firmPage = html(as(firm, page("/commissioners").param("year", "2079")).andExpect(status().isOk()));
        assertThat(firmPage).contains("评价").doesNotContain("改派给");
        for (String user : List.of("admin", officer, firm)) {
            for (String url : List.of("/commissioners?year=2079", "/commissioners/report?year=2079")) {
                if (!user.equals("admin") && url.contains("report")) {
                    continue;
                }
                ResultActions r = user.equals("admin") ? asAdmin(ConsoleEnglishTests.page(url)) : as(user, ConsoleEnglishTests.page(url));
                assertThat(ConsoleEnglishTests.chineseOutsideData(url, org.jsoup.Jsoup.parse(html(r.andExpect(status().isOk()))).body()))
                        .as(user + " " + url).isEmpty();
            }
        }
        String page = html(asAdmin(page("/commissioners").param("year", "2079")).andExpect(status().isOk()));
        assertThat(page).contains(name, "年度报告", "登记科技专员");
        String report = html(asAdmin(page("/commissioners/report").param("year", "2079")).andExpect(status().isOk()));
        assertThat(report).contains("2079年科技专员年度报告", name);
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(report).select("#report-list tr:contains(" + name + ")").first();
        assertThat(row.select("td").eachText()).containsSubsequence(name, "1", "1", "2.0", "5.00", "1");
        asAdmin(MockMvcRequestBuilders.get("/commissioners/report/export").param("year", "2079")).andExpect(status().isOk());
        as(firm, page("/commissioners/report").param("year", "2079")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("English: 人才、仪器共享、科技专员及年度报告页在英文下除数据外没有中文（各类记录、许可、预约状态都在）")
    void pagesAreEnglishComplete() throws Exception {
        String officer = zoneOfficer("pingliang");
        String uscc = enterpriseIn("pingliang");
        String station = ((Number) JsonPath.read(as(officer, post("/api/platforms", "{\"kind\":\"ACADEMICIAN_WORKSTATION\",\"level\":\"PROVINCIAL\","
                + "\"name\":\"" + unique("平凉院士工作站") + "\",\"zone\":\"pingliang\",\"recognisedOn\":\"2024-05-01\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id")).toString();
        String year = String.valueOf(LocalDate.now().getYear());
        as(officer, form("/talents").param("kind", "TEAM_MEMBER").param("name", unique("团队")).param("startedOn", year + "-01-02")
                .param("carrier", station)).andExpect(flash().attributeExists("doneKey"));
        as(officer, form("/talents").param("kind", "FOREIGN_EXPERT").param("name", unique("Anna")).param("zone", "pingliang")
                .param("nationality", "德国").param("startedOn", year + "-01-02")).andExpect(flash().attributeExists("doneKey"));
        as(officer, form("/talents").param("kind", "DUAL_APPOINTMENT").param("name", unique("双聘")).param("enterprise", uscc)
                .param("institution", "兰州大学").param("startedOn", year + "-01-02")).andExpect(flash().attributeExists("doneKey"));
        as(officer, form("/instruments").param("name", unique("色谱仪")).param("owner", "平凉研究院").param("zone", "pingliang")
                .param("category", "TESTING_SERVICE")).andExpect(flash().attributeExists("doneKey"));
        long instrument = ((Number) JsonPath.read(as(officer, get("/api/instruments?zone=pingliang&size=1")).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id")).longValue();
        as(officer, form("/instruments/{id}/bookings", instrument).param("enterprise", uscc).param("date", LocalDate.now().plusDays(1).toString())
                .param("hours", "1")).andExpect(flash().attributeExists("doneKey"));
        String zonePage = html(as(officer, page("/zones/pingliang")).andExpect(status().isOk()));
        assertThat(zonePage).contains("id=\"zone-services\"", "院士工作站", "开放共享仪器");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(zonePage);
        assertThat(Integer.parseInt(doc.getElementById("zs-instruments").text())).isGreaterThanOrEqualTo(1);
        for (String url : List.of("/zones/pingliang", "/talents?zone=pingliang", "/talents?kind=FOREIGN_EXPERT", "/instruments?zone=pingliang",
                "/commissioners", "/commissioners/report", "/imports?kind=talents", "/imports?kind=instruments", "/platforms/new")) {
            for (String user : List.of("admin", officer)) {
                if (user.equals(officer) && url.startsWith("/commissioners/report")) {
                    continue;
                }
                MockHttpServletRequestBuilder request = ConsoleEnglishTests.page(url);
                String body = html(user.equals("admin") ? asAdmin(request).andExpect(status().isOk()) : as(officer, request).andExpect(status().isOk()));
                assertThat(ConsoleEnglishTests.chineseOutsideData(url, org.jsoup.Jsoup.parse(body).body())).as(user + " " + url).isEmpty();
            }
        }
    }
}
