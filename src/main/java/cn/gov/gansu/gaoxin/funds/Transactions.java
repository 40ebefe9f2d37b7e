package cn.gov.gansu.gaoxin.funds;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.shared.Conflict;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs funds' work in one transaction (a new one: listeners run after award's commit), again when it
 * lost a lock wait, a deadlock or H2's concurrent-update check — the same rule as award's payments.
 */
@Component
class Transactions {

    private static final int ATTEMPTS = 8;
    private final TransactionTemplate tx;

    Transactions(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T run(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (DataAccessException busy) {
                if (!isTransient(busy)) {
                    throw busy;
                }
                if (attempt >= ATTEMPTS) {
                    throw new Conflict("系统繁忙：数据正被他人修改，本次操作未执行，请稍后重试");
                }
                try {
                    Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextInt(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    private static boolean isTransient(DataAccessException e) {
        if (e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 90131 || "40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
