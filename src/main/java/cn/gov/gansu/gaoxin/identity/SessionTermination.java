package cn.gov.gansu.gaoxin.identity;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's browser sessions (issue 8 item 3) after a password change, a disable, a reset or a change of
 * role or scope: Spring Session JDBC indexes sessions by principal name, so they are found and deleted —
 * all but the one making the request. Done after the change commits, so a refused change ends nothing.
 * HTTP Basic clients have no session: they are checked afresh on every request.
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of {@code username} except the caller's own, once the transaction commits. */
    void endOtherSessions(String username) {
        String current = currentSessionId();
        Runnable end = () -> {
            FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
            if (repository == null) {
                return;
            }
            Map<String, ?> found = repository.findByPrincipalName(username);
            int ended = 0;
            for (String id : found.keySet()) {
                if (!id.equals(current)) {
                    repository.deleteById(id);
                    ended++;
                }
            }
            if (ended > 0) {
                log.info("已结束用户 {} 的 {} 个其他会话", username, ended);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
