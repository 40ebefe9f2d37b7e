package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.form;
import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** 政策参数 page: pending proposals with their what-if, approved or rejected by a second admin (contracts §8). */
class ConsolePolicyProposalPagesTests extends IntegrationTest {

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("政策参数页列出待审批提案及其测算影响；提案人本人不能审批，另一位管理员可批准或须说明理由驳回")
    void pendingProposalsAreListedWithTheirWhatIfAndDecidedByASecondAdmin() throws Exception {
        String maker = user("PROVINCE_ADMIN", null, null);
        String checker = user("PROVINCE_ADMIN", null, null);
        String json = as(maker, post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2095-01-01\",\"value\":\"0.15\","
                + "\"note\":\"页面测试\"}", "NATIONAL_PROJECT.rate")).andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String own = html(as(maker, page("/policy")).andExpect(status().isOk()));
        assertThat(own).contains("规则变更提案", "待审批", "NATIONAL_PROJECT.rate", "金额变化", "本人提案，须由其他管理员审批");
        String other = html(as(checker, page("/policy")).andExpect(status().isOk()));
        assertThat(other).contains("测算影响", "批准", "驳回", "/policy/proposals/" + id + "/decision");
        String refused = html(as(maker, form("/policy/proposals/" + id + "/decision", Map.of("decision", "APPROVE")))
                .andExpect(status().isForbidden()));
        assertThat(refused).contains("提案人不能审批自己的提案");
        String noReason = html(as(checker, form("/policy/proposals/" + id + "/decision", Map.of("decision", "REJECT")))
                .andExpect(status().isBadRequest()));
        assertThat(noReason).contains("驳回须说明理由");
        as(checker, form("/policy/proposals/" + id + "/decision", Map.of("decision", "REJECT", "comment", "比例不合规")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/policy?done=REJECT"));
        asAdmin(get("/api/policy/proposals/{id}", id)).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decidedBy").value(checker));
        assertThat(html(as(checker, page("/policy")))).doesNotContain("data-id=\"" + id + "\"");
        assertThat(html(as(checker, page("/policy?status=REJECTED")))).contains("data-id=\"" + id + "\"", "已驳回", "比例不合规");
        byte[] xlsx = as(checker, page("/policy/proposals/export?status=REJECTED")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        as(checker, page("/policy?status=NOPE")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("评价详情页：起草人看不到审核按钮，提示须由其他管理员审核和发布")
    void theDrafterSeesNoReviewFormOnItsOwnEvaluation() throws Exception {
        String body = asAdmin(post("/api/evaluations", "{\"year\":2005,\"method\":\"TARGET_REFERENCED\",\"passMark\":60,"
                + "\"indicators\":[{\"code\":\"NEW_HIGH_TECH_ENTERPRISES\",\"weight\":1,\"benchmark\":10}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String own = html(asAdmin(page("/evaluations/{id}", id)).andExpect(status().isOk()));
        assertThat(own).contains("本评价由您起草").doesNotContain("id=\"act\"");
        String other = html(as(user("PROVINCE_ADMIN", null, null), page("/evaluations/{id}", id)).andExpect(status().isOk()));
        assertThat(other).doesNotContain("本评价由您起草").contains("id=\"act\"");
    }
}
