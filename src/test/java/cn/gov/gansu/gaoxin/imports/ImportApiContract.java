package cn.gov.gansu.gaoxin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.idev.excel.FastExcel;
import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Contracts §9 (Excel import), run on H2 and on PostgreSQL by the subclasses. */
abstract class ImportApiContract extends IntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<Object> ENTERPRISE_HEAD = List.of("统一社会信用代码", "企业名称", "所在高新区", "行业代码");
    static final List<Object> LIST_HEAD = List.of("序号", "企业名称", "统一社会信用代码", "证书编号", "发证日期");
    private static long certificates = System.nanoTime() % 1_000_000;

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    @DisplayName("每类导入都有模板：表头一行、示例一行")
    void eachKindHasATemplate(ImportKind kind) throws Exception {
        byte[] body = asAdmin(MockMvcRequestBuilders.get("/api/imports/{k}/template", kind.code())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(body)).headRowNumber(0).sheet(0).doReadSync();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsExactlyElementsOf(kind.headers());
        assertThat(rows.get(1).get(0)).isNotBlank();
    }

    @Test
    void anUnknownKindIsNotFound() throws Exception {
        asAdmin(MockMvcRequestBuilders.get("/api/imports/{k}/template", "cats")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("导入企业名录：高新区可填代码或中文名称，行业代码可空")
    void importsEnterprises() throws Exception {
        String a = newUscc();
        String b = newUscc();
        String c = newUscc();
        byte[] file = xlsx(ENTERPRISE_HEAD, List.of(
                List.of(a, "兰州导入科技有限公司", "兰州", "3911"),
                List.of(b, "白银导入材料有限公司", "baiyin", ""),
                List.of(c.toLowerCase(), "嘉峪关导入有限公司", "嘉峪关高新技术产业开发区", "27")));
        String id = upload(admin(), "enterprises", file, false);
        finished(admin(), id).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.kind").value("enterprises"))
                .andExpect(jsonPath("$.rows").value(3)).andExpect(jsonPath("$.processed").value(3))
                .andExpect(jsonPath("$.created").value(3)).andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(0)).andExpect(jsonPath("$.errors.length()").value(0));
        asAdmin(get("/api/enterprises/{u}", a)).andExpect(status().isOk()).andExpect(jsonPath("$.zone").value("lanzhou"))
                .andExpect(jsonPath("$.name").value("兰州导入科技有限公司"));
        asAdmin(get("/api/enterprises/{u}", c)).andExpect(jsonPath("$.zone").value("jiayuguan"));

        String again = upload(admin(), "enterprises", file, false);
        finished(admin(), again).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(3));

        byte[] renamed = xlsx(ENTERPRISE_HEAD, List.of(List.of(a, "兰州导入科技股份有限公司", "lanzhou", "3911")));
        finished(admin(), upload(admin(), "enterprises", renamed, false)).andExpect(jsonPath("$.updated").value(1));
        asAdmin(get("/api/enterprises/{u}", a)).andExpect(jsonPath("$.name").value("兰州导入科技股份有限公司"));
    }

    @Test
    @DisplayName("第5001行统一社会信用代码有误：整个文件不导入，错误指明应为哪个校验位")
    void oneBadUsccAtRow5001ImportsNothing() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 4999; i++) {
            String u = newUscc();
            good.add(u);
            rows.add(List.of(u, "批量企业" + i, "lanzhou", ""));
        }
        String valid = newUscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        rows.add(List.of(valid.substring(0, 17) + wrong, "错误代码企业", "lanzhou", ""));
        String id = upload(admin(), "enterprises", xlsx(ENTERPRISE_HEAD, rows), false);
        finished(admin(), id).andExpect(jsonPath("$.status").value("FAILED")).andExpect(jsonPath("$.rows").value(5000))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(5001))
                .andExpect(jsonPath("$.errors[0].column").value("统一社会信用代码"))
                .andExpect(jsonPath("$.errors[0].message", containsString("第18位应为“" + valid.charAt(17) + "”")));
        asAdmin(get("/api/enterprises/{u}", good.get(0))).andExpect(status().isNotFound());
        asAdmin(get("/api/enterprises/{u}", good.get(4998))).andExpect(status().isNotFound());

        byte[] report = asAdmin(MockMvcRequestBuilders.get("/api/imports/{id}/report", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> sheet = FastExcel.read(new ByteArrayInputStream(report)).headRowNumber(0).sheet(0).doReadSync();
        assertThat(sheet).hasSize(5001);
        assertThat(sheet.get(0).get(4)).isEqualTo("校验结果");
        assertThat(sheet.get(5000).get(4)).contains("第5001行").contains("校验位");
    }

    @Test
    @DisplayName("仅导入有效行：有效行导入，错误行列出，状态COMPLETED")
    void validRowsOnlyImportsTheValidRows() throws Exception {
        String a = newUscc();
        String b = newUscc();
        byte[] file = xlsx(ENTERPRISE_HEAD, List.of(
                List.of(a, "有效企业甲", "lanzhou", ""),
                List.of("91620100ABCDEFGHIJ", "无效代码", "lanzhou", ""),
                List.of(b, "有效企业乙", "火星", "99999"),
                List.of(a, "重复代码", "lanzhou", "")));
        String id = upload(admin(), "enterprises", file, true);
        finished(admin(), id).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.errors[*].row", hasItem(3))).andExpect(jsonPath("$.errors[*].row", hasItem(4)))
                .andExpect(jsonPath("$.errors[*].row", hasItem(5)))
                .andExpect(jsonPath("$.errors[*].column", hasItem("所在高新区")))
                .andExpect(jsonPath("$.errors[*].column", hasItem("行业代码")));
        asAdmin(get("/api/enterprises/{u}", a)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("有效企业甲"));
        asAdmin(get("/api/enterprises/{u}", b)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("高新区工作人员只能导入本区企业：他区的行是错误；任务只有导入人可见")
    void aZoneOfficerImportsOnlyIntoItsZone() throws Exception {
        String officer = zoneOfficer("jiayuguan");
        String own = newUscc();
        String other = newUscc();
        byte[] file = xlsx(ENTERPRISE_HEAD, List.of(List.of(own, "嘉峪关本区企业", "jiayuguan", ""),
                List.of(other, "兰州他区企业", "兰州", "")));
        String id = upload(officer, "enterprises", file, false);
        finished(officer, id).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors.length()").value(1)).andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("所在高新区"))
                .andExpect(jsonPath("$.errors[0].message", containsString("本高新区")));
        asAdmin(get("/api/enterprises/{u}", own)).andExpect(status().isNotFound());

        as(zoneOfficer("jiayuguan"), get("/api/imports/{id}", id)).andExpect(status().isNotFound());
        asAdmin(get("/api/imports/{id}", id)).andExpect(status().isOk());

        finished(officer, upload(officer, "enterprises", file, true)).andExpect(jsonPath("$.created").value(1));
        asAdmin(get("/api/enterprises/{u}", own)).andExpect(jsonPath("$.zone").value("jiayuguan"));
        asAdmin(get("/api/enterprises/{u}", other)).andExpect(status().isNotFound());

        send(user("AUDITOR", null, null), multipart("enterprises", file, false)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("官方认定名单：有上一张仍在一年内有效的证书为重新认定，否则首次认定；奖补自动出现并标记已核验")
    void anOfficialListInfersRenewalsAndVerifiesAwards() throws Exception {
        String renewing = enterpriseIn("lanzhou");
        String lapsed = enterpriseIn("lanzhou");
        String fresh = enterpriseIn("lanzhou");
        String byApi = enterpriseIn("lanzhou");
        asAdmin(post("/api/enterprises/{u}/qualifications", hnte("FIRST", cert(), "2022-11-01"), renewing)).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/qualifications", hnte("FIRST", cert(), "2020-10-01"), lapsed)).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/qualifications", hnte("FIRST", cert(), "2025-11-03"), byApi)).andExpect(status().isCreated());

        byte[] list = xlsx(LIST_HEAD, List.of(
                List.of("1", name(renewing), renewing, cert(), "2025-11-03"),
                List.of("2", name(lapsed), lapsed, cert(), "2025/11/3"),
                List.of("3", name(fresh), fresh, cert(), "2025年11月3日")));
        String id = upload(admin(), "qualifications?qualification=HIGH_TECH_ENTERPRISE", list, false);
        finished(admin(), id).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(3));

        asAdmin(get("/api/enterprises/{u}", renewing)).andExpect(jsonPath("$.qualifications[1].recognition").value("RENEWAL"));
        asAdmin(get("/api/enterprises/{u}", lapsed)).andExpect(jsonPath("$.qualifications[1].recognition").value("FIRST"));
        asAdmin(get("/api/enterprises/{u}", fresh)).andExpect(jsonPath("$.qualifications[0].recognition").value("FIRST"))
                .andExpect(jsonPath("$.qualifications[0].recognisedOn").value("2025-11-03"));

        String awards = asAdmin(get("/api/awards?beneficiary={u}", fresh)).andExpect(jsonPath("$.items.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        Object award = JsonPath.read(awards, "$.items[0].id");
        asAdmin(get("/api/awards/{id}", award)).andExpect(jsonPath("$.verified").value(true));
        asAdmin(get("/api/awards?beneficiary={u}", renewing)).andExpect(jsonPath("$.items.length()").value(0));

        String apiAwards = asAdmin(get("/api/awards?beneficiary={u}", byApi)).andReturn().getResponse().getContentAsString();
        Object apiAward = JsonPath.read(apiAwards, "$.items[0].id");
        asAdmin(get("/api/awards/{id}", apiAward)).andExpect(jsonPath("$.verified").value(false));

        // the same list again changes nothing
        finished(admin(), upload(admin(), "qualifications?qualification=HIGH_TECH_ENTERPRISE", list, false))
                .andExpect(jsonPath("$.unchanged").value(3)).andExpect(jsonPath("$.created").value(0));
    }

    @Test
    @DisplayName("错误的文件类型、空文件、损坏的文件、表头不符：400，中文说明")
    void badFilesAreBadRequests() throws Exception {
        send("admin", MockMvcRequestBuilders.multipart("/api/imports/enterprises")
                .file(new MockMultipartFile("file", "企业.csv", "text/csv", "统一社会信用代码,企业名称\n".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString(".xlsx")));
        send("admin", MockMvcRequestBuilders.multipart("/api/imports/enterprises").file(new MockMultipartFile("file", "空.xlsx", XLSX, new byte[0])))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("为空")));
        byte[] good = xlsx(ENTERPRISE_HEAD, List.of(List.of(newUscc(), "某公司", "lanzhou", "")));
        byte[] damaged = java.util.Arrays.copyOf(good, good.length / 2);
        send("admin", MockMvcRequestBuilders.multipart("/api/imports/enterprises").file(new MockMultipartFile("file", "坏.xlsx", XLSX, damaged)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("损坏")));
        send("admin", MockMvcRequestBuilders.multipart("/api/imports/enterprises")
                .file(new MockMultipartFile("file", "old.xls", "application/vnd.ms-excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0})))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString(".xls")));
        send("admin", multipart("enterprises", xlsx(LIST_HEAD, List.of(List.of("1", "某公司", newUscc(), "GR1", "2025-01-01"))), false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("表头")));
        send("admin", multipart("enterprises", xlsx(ENTERPRISE_HEAD, List.of()), false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("没有数据行")));
        send("admin", MockMvcRequestBuilders.multipart("/api/imports/enterprises")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("file")));
        byte[] huge = new byte[21 * 1024 * 1024];
        huge[0] = 'P';
        huge[1] = 'K';
        send("admin", MockMvcRequestBuilders.multipart("/api/imports/enterprises").file(new MockMultipartFile("file", "大.xlsx", XLSX, huge)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("20MB")));
    }

    @Test
    @DisplayName("合并单元格取左上角的值；公式取计算结果")
    void mergedCellsAndFormulasAreRead() throws Exception {
        String a = newUscc();
        String b = newUscc();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("企业");
            Row h = s.createRow(0);
            for (int i = 0; i < ENTERPRISE_HEAD.size(); i++) {
                h.createCell(i).setCellValue((String) ENTERPRISE_HEAD.get(i));
            }
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue(a);
            r1.createCell(1).setCellFormula("\"合并\"&\"甲公司\"");
            r1.createCell(2).setCellValue("白银");
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue(b);
            r2.createCell(1).setCellValue("合并乙公司");
            s.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        finished(admin(), upload(admin(), "enterprises", out.toByteArray(), false))
                .andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(2));
        asAdmin(get("/api/enterprises/{u}", a)).andExpect(jsonPath("$.name").value("合并甲公司")).andExpect(jsonPath("$.zone").value("baiyin"));
        asAdmin(get("/api/enterprises/{u}", b)).andExpect(jsonPath("$.zone").value("baiyin"));
    }

    @Test
    @DisplayName("统计、平台、国家项目按模板导入，重复导入不变")
    void importsStatisticsPlatformsAndProjects() throws Exception {
        String uscc = enterpriseIn("pingliang");
        byte[] stats = xlsx(List.copyOf(ImportKind.STATISTICS.headers()),
                List.of(List.of(uscc, "2024", "52000000.00", "38000000", "180", "45", "3100000.5", "", "1200000.00")));
        finished(admin(), upload(admin(), "statistics", stats, false)).andExpect(jsonPath("$.created").value(1));
        finished(admin(), upload(admin(), "statistics", stats, false)).andExpect(jsonPath("$.unchanged").value(1));

        String platform = unique("平凉导入孵化器");
        byte[] platforms = xlsx(List.copyOf(ImportKind.PLATFORMS.headers()),
                List.of(List.of("科技企业孵化器", "省级", platform, "平凉", "", "新材料", "3985、3562", "2024-06-18")));
        finished(admin(), upload(admin(), "platforms", platforms, false)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(1));
        finished(admin(), upload(admin(), "platforms", platforms, false)).andExpect(jsonPath("$.unchanged").value(1));

        byte[] projects = xlsx(List.copyOf(ImportKind.NATIONAL_PROJECTS.headers()),
                List.of(List.of(uscc, "国家重点研发计划", "2024YFB" + System.nanoTime() % 1000000, "某关键技术", "4200000.00", "2024-08-01")));
        finished(admin(), upload(admin(), "national-projects", projects, false)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(1));
        finished(admin(), upload(admin(), "national-projects", projects, false)).andExpect(jsonPath("$.unchanged").value(1));
    }

    @Test
    @DisplayName("逐行导入：文件内重复与单元格错误按列序列出，未登记企业和模块拒绝的字段落在对应列，其余有效行照常导入")
    void rowByRowFaultsLandOnTheirColumnsInColumnOrder() throws Exception {
        String uscc = enterpriseIn("pingliang");
        String stranger = newUscc();
        byte[] stats = xlsx(List.copyOf(ImportKind.STATISTICS.headers()), List.of(
                List.of(uscc, "2023", "52000000.00", "38000000", "180", "45", "3100000.00", "", "1200000.00"),
                List.of(uscc, "2023", "1.234", "38000000", "180", "45", "3100000.00", "", "1200000.00"),
                List.of(stranger, "2023", "52000000.00", "38000000", "180", "45", "3100000.00", "", "1200000.00"),
                List.of(uscc, "2099", "52000000.00", "38000000", "180", "45", "3100000.00", "", "1200000.00")));
        finished(admin(), upload(admin(), "statistics", stats, true)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.processed").value(4))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("统计年度"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("与第2行重复")))
                .andExpect(jsonPath("$.errors[1].row").value(3)).andExpect(jsonPath("$.errors[1].column").value("营业收入（元）"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("最多两位小数")))
                .andExpect(jsonPath("$.errors[2].row").value(4)).andExpect(jsonPath("$.errors[2].column").value("统一社会信用代码"))
                .andExpect(jsonPath("$.errors[2].message").value("企业未登记或不在您的数据范围内"))
                .andExpect(jsonPath("$.errors[3].row").value(5)).andExpect(jsonPath("$.errors[3].column").value("统计年度"))
                .andExpect(jsonPath("$.errors[3].message").value("统计年度须在2000年至今年之间"));
    }

    @Test
    @DisplayName("名单中企业名称与登记不一致：按统一社会信用代码导入并提示；空行不影响行号")
    void aDifferentNameIsANoteAndBlankRowsKeepRowNumbers() throws Exception {
        String uscc = enterpriseIn("baiyin");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            Row h = s.createRow(0);
            for (int i = 0; i < LIST_HEAD.size(); i++) {
                h.createCell(i).setCellValue((String) LIST_HEAD.get(i));
            }
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue(1);
            r1.createCell(1).setCellValue("白银更名后科技有限公司");
            r1.createCell(2).setCellValue(uscc);
            r1.createCell(3).setCellValue(cert());
            r1.createCell(4).setCellValue("2025-11-03");
            Row r4 = s.createRow(4);
            r4.createCell(0).setCellValue(2);
            r4.createCell(1).setCellValue("某公司");
            r4.createCell(2).setCellValue(newUscc());
            r4.createCell(3).setCellValue(cert());
            r4.createCell(4).setCellValue("2025-13-40");
            wb.write(out);
        }
        String id = upload(admin(), "qualifications?qualification=HIGH_TECH_ENTERPRISE", out.toByteArray(), true);
        finished(admin(), id).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.warnings[0].row").value(2)).andExpect(jsonPath("$.warnings[0].column").value("企业名称"))
                .andExpect(jsonPath("$.errors[*].row", hasItem(5)))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("不是有效日期"))));
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(jsonPath("$.qualifications[0].recognition").value("FIRST"));
    }

    // ------------------------------------------------------------------------------------------------

    private static synchronized String cert() {
        return "GR2025" + (certificates++);
    }

    private String name(String uscc) {
        return "测试科技有限公司" + uscc.substring(10);
    }

    private static String hnte(String recognition, String certificate, String date) {
        return "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"" + recognition + "\",\"certificate\":\"" + certificate
                + "\",\"date\":\"" + date + "\"}";
    }

    private static String admin() {
        return "admin";
    }

    private String pw(String user) {
        return "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD;
    }

    private org.springframework.test.web.servlet.ResultActions send(String user,
            org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", basic(user, pw(user))));
    }

    static byte[] xlsx(List<Object> head, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<Object>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        FastExcel.write(out).sheet("数据").doWrite(all);
        return out.toByteArray();
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder multipart(String kind, byte[] file, boolean validRowsOnly) {
        String path = "/api/imports/" + kind;
        var b = MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("file", "导入.xlsx", XLSX, file));
        if (validRowsOnly) {
            b.param("validRowsOnly", "true");
        }
        return b;
    }

    private String upload(String user, String kind, byte[] file, boolean validRowsOnly) throws Exception {
        String body = send(user, multipart(kind, file, validRowsOnly)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").isNotEmpty()).andExpect(jsonPath("$.status").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions finished(String user, String id) throws Exception {
        for (int i = 0; i < 6000; i++) {
            var r = as(user, pw(user), get("/api/imports/{id}", id)).andExpect(status().isOk());
            String st = JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.status");
            if (!"RUNNING".equals(st)) {
                return r;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("导入任务未结束：" + id);
    }

    // talent2: the talents and instruments kinds

    static final List<Object> TALENT_HEAD = List.of("人才类型", "姓名", "所在高新区", "企业统一社会信用代码", "高校、院所", "人才项目名称",
            "专业领域", "国籍", "开始日期", "所在载体编号");
    static final List<Object> INSTRUMENT_HEAD = List.of("仪器（服务）名称", "开放单位", "所在高新区", "类别", "收费标准（元/小时）");

    @Test
    @DisplayName("导入人才：类型可填中文名，一行有错则全不导入并列出中文错误，再导入同一文件不变；区管委会只能导入本区")
    void importsTalentRecordsAllOrNothingAndIdempotent() throws Exception {
        String name = unique("导入青年");
        String foreign = unique("Importe");
        byte[] bad = xlsx(TALENT_HEAD, List.of(
                List.of("青年人才项目", name, "白银", "", "兰州大学", "陇原青年英才", "新材料", "", "2025-03-01", ""),
                List.of("外籍高端人才", foreign, "baiyin", "", "", "", "化工", "", "2025-03-01", ""),
                List.of("魔法师", "x", "白银", "", "", "", "", "", "2025-03-01", "")));
        String failed = upload(admin(), "talents", bad, false);
        finished(admin(), failed).andExpect(jsonPath("$.status").value("FAILED")).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].column").value(org.hamcrest.Matchers.hasItem("国籍")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].column").value(org.hamcrest.Matchers.hasItem("人才类型")));
        asAdmin(get("/api/talents?zone=baiyin&size=500")).andExpect(jsonPath("$.items[*].name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(name))));

        byte[] good = xlsx(TALENT_HEAD, List.of(
                List.of("青年人才项目", name, "白银", "", "兰州大学", "陇原青年英才", "新材料", "", "2025-03-01", ""),
                List.of("FOREIGN_EXPERT", foreign, "baiyin", "", "", "", "化工", "德国", "2025-03-01", "")));
        finished(admin(), upload(admin(), "talents", good, false)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(2));
        finished(admin(), upload(admin(), "talents", good, false)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));
        asAdmin(get("/api/talents?zone=baiyin&kind=FOREIGN_EXPERT&size=500"))
                .andExpect(jsonPath("$.items[?(@.name == '" + foreign + "')].permitStatus").value(org.hamcrest.Matchers.hasItem("APPLIED")));

        String officer = zoneOfficer("jinchang");
        byte[] elsewhere = xlsx(TALENT_HEAD, List.of(
                List.of("青年人才项目", unique("他区"), "白银", "", "", "陇原青年英才", "", "", "2025-03-01", "")));
        send(officer, multipart("talents", elsewhere, false)).andExpect(status().isAccepted());
        finished(officer, upload(officer, "talents", elsewhere, false)).andExpect(jsonPath("$.status").value("FAILED"));
    }

    @Test
    @DisplayName("导入共享仪器：类别可填中文名，收费标准可空，再导入不变；价格无效为该列的中文错误")
    void importsInstruments() throws Exception {
        String name = unique("导入电镜");
        byte[] file = xlsx(INSTRUMENT_HEAD, List.of(
                List.of(name, "兰州大学", "兰州", "分析测试仪器", "300.00"),
                List.of(name + "B", "兰州大学", "lanzhou", "TESTING_SERVICE", "")));
        finished(admin(), upload(admin(), "instruments", file, false)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(2));
        finished(admin(), upload(admin(), "instruments", file, false)).andExpect(jsonPath("$.unchanged").value(2));
        asAdmin(get("/api/instruments?q=" + name)).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.name == '" + name + "')].pricePerHourYuan").value(org.hamcrest.Matchers.hasItem("300.00")));
        byte[] bad = xlsx(INSTRUMENT_HEAD, List.of(List.of(unique("坏价"), "兰州大学", "兰州", "分析测试仪器", "三百元")));
        finished(admin(), upload(admin(), "instruments", bad, false)).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].column").value("收费标准（元/小时）"));
    }

    @Test
    @DisplayName("导入税收优惠：空白金额为未报送而非0，再导入不变，改动为更新；全部空白或未来年度为该行的中文错误，整份不导入")
    void importsTaxIncentives() throws Exception {
        List<Object> head = List.of("统一社会信用代码", "年度", "研发费用加计扣除额（元）", "高企所得税减免额（元）", "小微企业普惠性减免额（元）");
        String a = enterpriseIn("zhangye");
        String b = enterpriseIn("zhangye");
        byte[] file = xlsx(head, List.of(List.of(a, "2024", "3100000.00", "450000", ""), List.of(b, "2024", "", "", "12000.50")));
        finished(admin(), upload(admin(), "tax-incentives", file, false)).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.created").value(2));
        asAdmin(get("/api/enterprises/{u}/tax-incentives", a)).andExpect(jsonPath("$[0].year").value(2024))
                .andExpect(jsonPath("$[0].rdSuperDeduction").value("3100000.00")).andExpect(jsonPath("$[0].hnteTaxReduction").value("450000.00"));
        finished(admin(), upload(admin(), "tax-incentives", file, false)).andExpect(jsonPath("$.unchanged").value(2));
        byte[] changed = xlsx(head, List.of(List.of(a, "2024", "3200000.00", "450000", "")));
        finished(admin(), upload(admin(), "tax-incentives", changed, false)).andExpect(jsonPath("$.updated").value(1));
        byte[] bad = xlsx(head, List.of(List.of(b, "2023", "100.00", "", ""), List.of(a, "2023", "", "", ""),
                List.of(b, "2099", "1.00", "", "")));
        finished(admin(), upload(admin(), "tax-incentives", bad, false)).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.errors[?(@.row == 3)]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.row == 4)]").isNotEmpty());
        asAdmin(get("/api/enterprises/{u}/tax-incentives", b)).andExpect(jsonPath("$.length()").value(1));
    }
}
