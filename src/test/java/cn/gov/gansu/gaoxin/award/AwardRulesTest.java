package cn.gov.gansu.gaoxin.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.gansu.gaoxin.award.AwardProblems.SameHands;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The award's own rules (contracts §8), without a database: whose turn it is and who already acted. */
class AwardRulesTest {

    static final DataScope COMPANY = new DataScope("company", Role.ENTERPRISE, null, null, "91620100MA71234567");
    static final DataScope ZONE_A = new DataScope("zone-a", Role.ZONE_OFFICER, "lanzhou", null, null);
    static final DataScope ZONE_B = new DataScope("zone-b", Role.ZONE_OFFICER, "lanzhou", null, null);
    static final DataScope ADMIN_A = new DataScope("admin-a", Role.PROVINCE_ADMIN, null, null, null);
    static final DataScope ADMIN_B = new DataScope("admin-b", Role.PROVINCE_ADMIN, null, null, null);
    static final DataScope FIN_A = new DataScope("fin-a", Role.PROVINCE_FINANCE, null, null, null);
    static final DataScope FIN_B = new DataScope("fin-b", Role.PROVINCE_FINANCE, null, null, null);
    static final DataScope AUDITOR = new DataScope("auditor", Role.AUDITOR, null, null, null);

    static Award award(AwardStatus status, int step, List<Role> chain, Award.Act... acts) {
        return new Award(1, "E1", "91620100MA71234567", Award.BeneficiaryKind.ENTERPRISE, "lanzhou", "NEW_HIGH_TECH_ENTERPRISE",
                "10", Award.AmountType.FIXED, new BigDecimal("200000.00"), new BigDecimal("200000.00"), "PROVINCE_DEPARTMENT",
                2026, chain, step, status, 3, "", LocalDate.of(2025, 11, 3), "6222020200112233445",
                status == AwardStatus.APPROVED ? LocalDate.of(2026, 1, 1) : null, LocalDate.of(2026, 1, 1), Instant.EPOCH,
                List.of(acts));
    }

    static Award.Act act(String kind, DataScope who) {
        return new Award.Act(kind, who.username(), who.role().name(), Instant.parse("2026-01-01T02:00:00Z"));
    }

    static final List<Role> CLAUSE_10 = List.of(Role.ZONE_OFFICER, Role.PROVINCE_ADMIN);
    static final List<Role> CLAUSE_1 = List.of(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.PROVINCE_GOVERNMENT);

    @Test
    @DisplayName("待企业确认：企业可确认或放弃，本区管委会可代确认，其他人无事可做")
    void awaitingConfirmation() {
        Award a = award(AwardStatus.PENDING_CONFIRMATION, 0, CLAUSE_10);
        assertThat(a.allowedActions(COMPANY)).containsExactlyInAnyOrder(AwardAction.CONFIRM, AwardAction.DECLINE);
        assertThat(a.allowedActions(ZONE_A)).containsExactly(AwardAction.CONFIRM);
        assertThat(a.allowedActions(ADMIN_A)).isEmpty();
        assertThat(a.allowedActions(AUDITOR)).isEmpty();
        assertThat(a.confirm(ZONE_A, "6222 0202 0011").onBehalf()).isTrue();
        assertThat(a.confirm(COMPANY, "6222 0202 0011").onBehalf()).isFalse();
    }

    @Test
    @DisplayName("代企业确认的工作人员不能初审，同区另一工作人员可以；企业自己确认不妨碍任何人")
    void confirmationOnBehalfBarsTheConfirmerOnly() {
        Award onBehalf = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_10, act("CONFIRMED", ZONE_A));
        assertThat(onBehalf.confirmedOnBehalf()).isTrue();
        assertThat(onBehalf.allowedActions(ZONE_A)).isEmpty();
        assertThat(onBehalf.barredNote(ZONE_A)).contains("您已代企业确认本奖补");
        assertThat(onBehalf.allowedActions(ZONE_B)).containsExactlyInAnyOrder(AwardAction.APPROVE, AwardAction.REJECT,
                AwardAction.RETURN);
        assertThatThrownBy(() -> onBehalf.decide(ZONE_A, "APPROVE", "同意", null)).isInstanceOf(SameHands.class);
        assertThat(onBehalf.decide(ZONE_B, "APPROVE", "同意", null)).isInstanceOf(AwardChange.StepApproved.class);

        Award own = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_10, act("CONFIRMED", COMPANY));
        assertThat(own.confirmedOnBehalf()).isFalse();
        assertThat(own.allowedActions(ZONE_A)).containsExactlyInAnyOrder(AwardAction.APPROVE, AwardAction.REJECT,
                AwardAction.RETURN);
    }

    /** Every pair (first step by A, second step by A) is refused; the same second step by B is allowed. */
    @ParameterizedTest(name = "{0} 之后同一人不能 {1}")
    @CsvSource({
            "confirm on behalf, review",
            "confirm on behalf, pay",
            "review, final approval",
            "final approval, pay",
            "co-sign, pay",
    })
    void nobodyTakesTwoSteps(String first, String second) {
        Award a;
        DataScope same;
        DataScope other;
        AwardAction action;
        switch (first + " → " + second) {
            case "confirm on behalf → review" -> {
                a = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_10, act("CONFIRMED", ZONE_A));
                same = ZONE_A;
                other = ZONE_B;
                action = AwardAction.APPROVE;
            }
            case "confirm on behalf → pay" -> {
                // a finance user cannot confirm, so the confirmer's own role is what bars it: pay is finance's only
                a = award(AwardStatus.APPROVED, 1, CLAUSE_10, act("CONFIRMED", ZONE_A), act("APPROVE", ZONE_B), act("APPROVE", ADMIN_A));
                same = ZONE_A;
                other = FIN_A;
                action = AwardAction.PAY;
            }
            case "review → final approval" -> {
                // one person cannot hold two roles, so a chain naming one role twice is the only way: refused at opening
                assertThatThrownBy(() -> Award.chain(List.of("PROVINCE_ADMIN", "PROVINCE_ADMIN"))).hasMessageContaining("twice");
                a = award(AwardStatus.UNDER_REVIEW, 1, List.of(Role.PROVINCE_FINANCE, Role.PROVINCE_ADMIN), act("APPROVE", FIN_A));
                same = FIN_A;
                other = ADMIN_B;
                action = AwardAction.APPROVE;
            }
            case "final approval → pay" -> {
                a = award(AwardStatus.APPROVED, 0, List.of(Role.PROVINCE_FINANCE), act("APPROVE", FIN_A));
                same = FIN_A;
                other = FIN_B;
                action = AwardAction.PAY;
            }
            default -> {
                a = award(AwardStatus.APPROVED, 2, CLAUSE_1, act("APPROVE", ADMIN_A), act("APPROVE", FIN_A),
                        act("APPROVE", new DataScope("gov", Role.PROVINCE_GOVERNMENT, null, null, null)));
                same = FIN_A;
                other = FIN_B;
                action = AwardAction.PAY;
            }
        }
        assertThat(a.allowedActions(same)).doesNotContain(action);
        assertThat(a.refusal(action, same)).get().isInstanceOf(Forbidden.class);
        assertThat(a.allowedActions(other)).contains(action);
        if (action == AwardAction.PAY && same.role() == Role.PROVINCE_FINANCE) {
            assertThat(a.refusal(action, same).get().getMessage()).startsWith("您已作出本奖补的审批，不能再办理付款");
            assertThatThrownBy(() -> a.pay(same, new BigDecimal("200000.00"), LocalDate.of(2026, 6, 1)))
                    .isInstanceOf(SameHands.class);
            assertThat(a.pay(other, new BigDecimal("200000.00"), LocalDate.of(2026, 6, 1)).amount()).isEqualByComparingTo("200000");
        }
    }

    @Test
    @DisplayName("只有省财政厅可以拨付；省科技厅管理员可以撤回已批准的奖补")
    void onlyFinancePaysAndOnlyTheDepartmentWithdraws() {
        Award approved = award(AwardStatus.APPROVED, 1, CLAUSE_10, act("APPROVE", ZONE_B), act("APPROVE", ADMIN_A));
        for (Role role : Role.values()) {
            DataScope user = new DataScope("someone-" + role, role, "lanzhou", "lanzhou-city", "91620100MA71234567");
            Set<AwardAction> expected = EnumSet.noneOf(AwardAction.class);
            if (role == Role.PROVINCE_FINANCE) {
                expected.add(AwardAction.PAY);
            }
            if (role == Role.PROVINCE_ADMIN) {
                expected.add(AwardAction.WITHDRAW);
            }
            assertThat(approved.allowedActions(user)).as("%s", role).isEqualTo(expected);
        }
        assertThat(approved.allowedActions(ADMIN_A)).containsExactly(AwardAction.WITHDRAW);
    }

    @Test
    @DisplayName("审批链只能包含审批角色且每个角色至多一次；空链为省科技厅审批")
    void approvalChains() {
        assertThat(Award.chain(List.of("zone_officer", " PROVINCE_ADMIN "))).containsExactly(Role.ZONE_OFFICER, Role.PROVINCE_ADMIN);
        assertThat(Award.chain(List.of())).containsExactly(Role.PROVINCE_ADMIN);
        List<List<String>> bad = new ArrayList<>();
        bad.add(List.of("ENTERPRISE"));
        bad.add(List.of("AUDITOR", "PROVINCE_ADMIN"));
        bad.add(List.of("EXPERT"));
        bad.add(List.of("SYSTEM_ADMIN"));
        bad.add(List.of("CITY_OFFICER", "CITY_OFFICER"));
        bad.add(List.of("ALIEN"));
        for (List<String> chain : bad) {
            assertThatThrownBy(() -> Award.chain(chain)).as("%s", chain).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ------------------------------------------------------------------ 退回修改

    static Award.Act returned(DataScope who, Role to) {
        return new Award.Act("RETURNED", who.username(), who.role().name(), Instant.parse("2026-01-02T02:00:00Z"), to.name());
    }

    @Test
    @DisplayName("退回修改：第二步退回上一环节；第一步退回企业确认；须填写意见；非当前环节角色、已办理者不能退回")
    void sendingBackGoesOneStepBack() {
        Award atAdmin = award(AwardStatus.UNDER_REVIEW, 1, CLAUSE_10, act("CONFIRMED", COMPANY), act("APPROVE", ZONE_A));
        AwardChange.Returned back = atAdmin.sendBack(ADMIN_A, "请补充认定证书");
        assertThat(back.to()).isEqualTo(AwardStatus.UNDER_REVIEW);
        assertThat(back.next()).isEqualTo(Role.ZONE_OFFICER);
        assertThat(back.previousStep()).isZero();

        Award atZone = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_10, act("CONFIRMED", COMPANY));
        AwardChange.Returned toCompany = atZone.sendBack(ZONE_A, "收款账号户名不符");
        assertThat(toCompany.to()).isEqualTo(AwardStatus.PENDING_CONFIRMATION);
        assertThat(toCompany.next()).isEqualTo(Role.ENTERPRISE);

        assertThatThrownBy(() -> atZone.sendBack(ZONE_A, "  ")).hasMessageContaining("退回修改须填写");
        assertThatThrownBy(() -> atZone.sendBack(ADMIN_A, "x")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> atZone.sendBack(AUDITOR, "x")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> atAdmin.sendBack(ZONE_A, "x")).isInstanceOf(Forbidden.class);
        Award confirmedOnBehalf = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_10, act("CONFIRMED", ZONE_A));
        assertThatThrownBy(() -> confirmedOnBehalf.sendBack(ZONE_A, "x")).isInstanceOf(SameHands.class);
        Award pending = award(AwardStatus.PENDING_CONFIRMATION, 0, CLAUSE_10);
        assertThat(pending.allowedActions(ZONE_A)).doesNotContain(AwardAction.RETURN);
        Award approved = award(AwardStatus.APPROVED, 1, CLAUSE_10, act("APPROVE", ZONE_A), act("APPROVE", ADMIN_A));
        assertThat(approved.allowedActions(ADMIN_B)).doesNotContain(AwardAction.RETURN);
    }

    @Test
    @DisplayName("退回修改后，被退回环节原审批人可重新办理该环节（不是第二个环节）；其他环节的职责分离不变")
    void aReturnedStepMayBeRedoneByItsDecider() {
        Award back = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_10, act("CONFIRMED", COMPANY), act("APPROVE", ZONE_A),
                returned(ADMIN_A, Role.ZONE_OFFICER));
        assertThat(back.allowedActions(ZONE_A)).containsExactlyInAnyOrder(AwardAction.APPROVE, AwardAction.REJECT, AwardAction.RETURN);
        // the returner decides its own step when the case comes back: no step of its own is barred
        Award again = award(AwardStatus.UNDER_REVIEW, 1, CLAUSE_10, act("CONFIRMED", COMPANY), act("APPROVE", ZONE_A),
                returned(ADMIN_A, Role.ZONE_OFFICER), act("APPROVE", ZONE_A));
        assertThat(again.allowedActions(ADMIN_A)).contains(AwardAction.APPROVE);
        assertThat(again.allowedActions(ZONE_A)).isEmpty();
        // a return to another role does not lift the bar on this decider
        Award chain = award(AwardStatus.UNDER_REVIEW, 0, CLAUSE_1, act("APPROVE", ADMIN_A),
                returned(FIN_A, Role.PROVINCE_FINANCE));
        assertThat(chain.allowedActions(ADMIN_A)).isEmpty();
        // a zone's own award has no confirmation to go back to from the first step
        Award zone = new Award(2, "E2", "lanzhou", Award.BeneficiaryKind.ZONE, "lanzhou", "ZONE_EVALUATION", "1",
                Award.AmountType.FIXED, new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), "PROVINCE_DEPARTMENT", 2026,
                CLAUSE_1, 0, AwardStatus.UNDER_REVIEW, 1, "", null, null, null, null, Instant.EPOCH, List.of());
        assertThat(zone.allowedActions(ADMIN_A)).containsExactlyInAnyOrder(AwardAction.APPROVE, AwardAction.REJECT);
        assertThatThrownBy(() -> zone.sendBack(ADMIN_A, "x")).hasMessageContaining("驳回");
    }
}
