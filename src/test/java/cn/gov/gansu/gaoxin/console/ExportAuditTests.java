package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every Excel export leaves an audit row: who, with which filter, how many rows. */
class ExportAuditTests extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    List<AuditTrail.Entry> exportsBy(String user, String what) {
        return audit.page("EXPORT", what, 0, 10_000).stream().filter(e -> e.actor().equals(user)).toList();
    }

    @Test
    @DisplayName("高新区工作人员导出企业名录：审计日志记下操作人、筛选条件和行数")
    void enterpriseExportIsAuditedWithFilterAndRowCount() throws Exception {
        String officer = zoneOfficer("jinchang");
        String mark = unique("审计导出");
        for (int i = 0; i < 3; i++) {
            String uscc = newUscc();
            asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"" + mark + "科技有限公司" + i
                    + "\",\"zone\":\"jinchang\"}")).andExpect(status().isCreated());
        }
        as(officer, MockMvcRequestBuilders.get("/api/enterprises/export").param("zone", "jinchang").param("name", mark))
                .andExpect(status().isOk());
        List<AuditTrail.Entry> rows = exportsBy(officer, "ENTERPRISE");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).action()).isEqualTo("EXPORT");
        assertThat(rows.get(0).detail()).contains("企业名录", "zone=jinchang", "name=" + mark, "行数：3")
                .doesNotContain("未完成");
    }

    @Test
    @DisplayName("导出奖补、创新平台、审计日志也各记一行；无筛选时写明“无”")
    void awardPlatformAndAuditExportsAreAudited() throws Exception {
        String auditor = user("AUDITOR", null, null);
        as(auditor, MockMvcRequestBuilders.get("/awards/export").param("zone", "baiyin")).andExpect(status().isOk());
        as(auditor, MockMvcRequestBuilders.get("/api/platforms/export")).andExpect(status().isOk());
        as(auditor, MockMvcRequestBuilders.get("/audit/export").param("subjectType", "USER").param("subjectId", auditor))
                .andExpect(status().isOk());
        assertThat(exportsBy(auditor, "AWARD")).singleElement().satisfies(e -> assertThat(e.detail()).contains("zone=baiyin", "行数："));
        assertThat(exportsBy(auditor, "PLATFORM")).singleElement().satisfies(e -> assertThat(e.detail()).contains("筛选条件：无"));
        assertThat(exportsBy(auditor, "AUDIT_LOG")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("subjectType=USER", "subjectId=" + auditor, "行数：1"));
    }
}
