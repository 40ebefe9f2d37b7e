package cn.gov.gansu.gaoxin.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 长期未使用账户停用 (issue 8 item 3): every night, under the cluster lock so that one instance does it,
 * accounts not signed in for {@code gaoxin.security.inactive-days} (90) days are disabled, each in its own
 * transaction with its audit row and its sessions ended. The bootstrap {@code admin} is exempt: disabling
 * it could leave an installation without anyone able to enable an account (its use is audited instead).
 */
@Component
class InactiveAccounts {

    private static final Logger log = LoggerFactory.getLogger(InactiveAccounts.class);

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SessionTermination sessions;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final int days;
    private final String cron;

    InactiveAccounts(UserAccounts accounts, AuditTrail audit, SessionTermination sessions, ClusterLock lock,
            PlatformTransactionManager transactionManager, @Value("${gaoxin.security.inactive-days:90}") int days,
            @Value("${gaoxin.security.inactive-cron:0 15 3 * * *}") String cron) {
        this.cron = cron;
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.days = days;
    }

    @Scheduled(cron = "${gaoxin.security.inactive-cron:0 15 3 * * *}")
    void nightly() {
        lock.runOncePerFiring("identity.inactive-accounts", cron, Duration.ofMinutes(30), () -> disableUnused(Instant.now()));
    }

    /** Disables the accounts unused since {@code days} before {@code now}; answers their names. */
    List<String> disableUnused(Instant now) {
        List<String> disabled = new ArrayList<>();
        for (String username : accounts.unusedSince(now.minus(Duration.ofDays(days)), AccountManagement.BOOTSTRAP_ADMIN)) {
            transactions.executeWithoutResult(status -> {
                accounts.setEnabled(username, false, "超过" + days + "天未登录");
                audit.recordAs("system", "USER_DISABLED", "USER", username, "超过" + days + "天未登录，系统自动停用");
                sessions.endOtherSessions(username);
            });
            disabled.add(username);
        }
        if (!disabled.isEmpty()) {
            log.info("已停用 {} 个超过{}天未登录的账户", disabled.size(), days);
        }
        return disabled;
    }
}
