package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 数据导入 pages: choose, template link, upload, progress fragment, error list on screen. */
class ConsoleImportPagesTests extends IntegrationTest {

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions admin(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.header("Authorization", basic("admin", ADMIN_PASSWORD)).accept(MediaType.TEXT_HTML));
    }

    @Test
    @DisplayName("数据导入页：选择内容、下载模板、上传后进度页列出错误行")
    void uploadsAndShowsErrorsOnScreen() throws Exception {
        String page = html(admin(MockMvcRequestBuilders.get("/imports").param("kind", "qualifications")).andExpect(status().isOk()));
        assertThat(page).contains("数据导入", "下载模板", "/api/imports/qualifications/template", "序号、企业名称、统一社会信用代码、证书编号、发证日期",
                "高新技术企业", "仅导入有效行", "最近的导入");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("统一社会信用代码", "企业名称", "所在高新区", "行业代码"));
        rows.add(List.of(newUscc(), "页面导入有限公司", "lanzhou", ""));
        rows.add(List.of("91620100ABC", "坏代码公司", "lanzhou", ""));
        FastExcel.write(out).sheet("企业").doWrite(rows);
        String location = admin(MockMvcRequestBuilders.multipart("/imports").file(new MockMultipartFile("file", "企业.xlsx",
                "application/octet-stream", out.toByteArray())).param("kind", "enterprises"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/");

        String job = "";
        for (int i = 0; i < 2000; i++) {
            job = html(admin(MockMvcRequestBuilders.get(location + "/progress")).andExpect(status().isOk()));
            if (!job.contains("data-status=\"RUNNING\"")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(job).contains("未导入", "错误列表", "统一社会信用代码", "应为18位", "下载校验报告");
        assertThat(html(admin(MockMvcRequestBuilders.get(location)).andExpect(status().isOk()))).contains("企业名录导入", "企业.xlsx", "全部或全不");

        String bad = html(admin(MockMvcRequestBuilders.multipart("/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                "x,y".getBytes(StandardCharsets.UTF_8))).param("kind", "enterprises")).andExpect(status().isBadRequest()));
        assertThat(bad).contains("只能导入Excel工作簿（.xlsx）");
    }

    @Test
    @DisplayName("奖补详情页：事实未经官方名单核验的显示“未核验”")
    void anUnverifiedAwardSaysSo() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025629" + (System.nanoTime() % 100000) + "\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isCreated());
        String list = asAdmin(get("/api/awards?beneficiary={u}", uscc)).andReturn().getResponse().getContentAsString();
        Object id = com.jayway.jsonpath.JsonPath.read(list, "$.items[0].id");
        assertThat(html(admin(MockMvcRequestBuilders.get("/awards/{id}", id)).andExpect(status().isOk()))).contains("事实核验", "未核验");
    }

    @Test
    @DisplayName("数据导入页的英文界面")
    void theImportPageSpeaksEnglish() throws Exception {
        String page = html(admin(MockMvcRequestBuilders.get("/imports").param("lang", "en")).andExpect(status().isOk()));
        assertThat(page).contains("Import from Excel", "Download template", "Import the valid rows only", "Recent imports");
    }
}
