package cn.gov.gansu.gaoxin.award;

import java.util.List;

import cn.gov.gansu.gaoxin.shared.HashChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The award module's two append-only, hash-chained tables: the history of every case (award_event)
 * and the fund ledger (budget_ledger). Rows are only ever appended through {@link HashChain}; the
 * database refuses UPDATE and DELETE (migration 8.2).
 */
@Configuration(proxyBeanMethods = false)
public class AwardChains {

    static final HashChain.Table AWARD_EVENT = new HashChain.Table("award_event", "奖补办理记录", List.of("award_id", "kind",
            "actor", "actor_role", "occurred_at", "status_from", "status_to", "amount", "comment", "returned_to"));

    static final HashChain.Table BUDGET_LEDGER = new HashChain.Table("budget_ledger", "资金台账", List.of("payer",
            "budget_year", "kind", "amount", "award_id", "payment_id", "occurred_at", "actor", "note"));

    /** Both tables, for Flyway run outside the application context (the demo seed built at build time). */
    public static List<HashChain.Table> tables() {
        return List.of(AWARD_EVENT, BUDGET_LEDGER);
    }

    @Bean
    static HashChain.Table awardEventChain() {
        return AWARD_EVENT;
    }

    @Bean
    static HashChain.Table budgetLedgerChain() {
        return BUDGET_LEDGER;
    }
}
