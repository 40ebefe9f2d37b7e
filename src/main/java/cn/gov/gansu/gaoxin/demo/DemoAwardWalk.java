package cn.gov.gansu.gaoxin.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.award.AwardDemoSupport;
import cn.gov.gansu.gaoxin.award.AwardManagement;
import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A demo that can be walked (issue 9 item 9): after the re-scan offered the demo's awards, the
 * budgets of the demo years are set by the second department official ({@code province}), and a few
 * of 兰州高新区's new-HNTE awards are taken through their chain by DIFFERENT demo users — confirmed on
 * the enterprise's behalf by {@code zone-lanzhou}, reviewed by {@code zone-lanzhou-2}, approved by
 * {@code province} — each signed in for its step, so the history and audit trail are real. Their
 * approval is then dated {@value #NOTICE_PASSED_DAYS} days back (公示 over), so a newcomer signed in as
 * {@code finance} can pay one; one more award is left awaiting the department's approval.
 */
@Component
class DemoAwardWalk {

    static final int NOTICE_PASSED_DAYS = 10;
    static final int APPROVED = 3;
    static final String BUDGET_YUAN = "80000000.00";
    private static final Logger log = LoggerFactory.getLogger(DemoAwardWalk.class);

    private final AwardManagement management;
    private final AwardReads reads;
    private final AwardDemoSupport demo;
    private final UserDetailsService users;

    DemoAwardWalk(AwardManagement management, AwardReads reads, AwardDemoSupport demo, UserDetailsService users) {
        this.management = management;
        this.reads = reads;
        this.demo = demo;
        this.users = users;
    }

    /** Runs the walk; logs and gives up (the demo stays usable) when a step is refused. */
    void run() {
        try {
            walk();
        } catch (RuntimeException e) {
            log.warn("演示奖补流程未完成：{}", e.getMessage());
        }
    }

    private void walk() {
        int year = DemoProvince.AS_OF.getYear();
        as("province", () -> {
            for (int y = year - 2; y <= year + 1; y++) {
                management.setBudget("PROVINCE_DEPARTMENT", y, BUDGET_YUAN);
                management.setBudget("PROVINCE_FINANCE", y, BUDGET_YUAN);
            }
            return null;
        });
        List<Long> candidates = as("zone-lanzhou", () -> reads.list(CurrentUser.scope(), new AwardReads.Filter(null, "lanzhou",
                        "NEW_HIGH_TECH_ENTERPRISE", AwardStatus.PENDING_CONFIRMATION, null, null), new Paging(0, 50)).items().stream()
                .filter(a -> a.payableYear() >= year - 2 && a.payableYear() <= year + 1).map(AwardReads.Summary::id).toList());
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < Math.min(APPROVED + 1, candidates.size()); i++) {
            long id = candidates.get(i);
            String account = "62220202" + String.format("%011d", 10_000_000L + id);
            as("zone-lanzhou", () -> {
                management.confirm(id, account);
                return null;
            });
            as("zone-lanzhou-2", () -> {
                management.decide(id, new AwardManagement.DecisionRequest("APPROVE", "同意", null));
                return null;
            });
            if (i == APPROVED) {
                break; // left for the department: 我的待办 of admin / province
            }
            as("province", () -> {
                management.decide(id, new AwardManagement.DecisionRequest("APPROVE", "同意", null));
                return null;
            });
            demo.approvedEarlier(id, NOTICE_PASSED_DAYS);
            approved.add(id);
        }
        log.info("演示奖补：预算已设置（{}至{}年度，省科技厅与省级财政各{}元）；奖补 {} 已由不同演示账号办理至批准、公示期满，可用 finance 账号付款",
                year - 2, year + 1, BUDGET_YUAN, approved);
    }

    /** Runs {@code step} signed in as the demo user {@code username} (its role and scope), then signs out. */
    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
