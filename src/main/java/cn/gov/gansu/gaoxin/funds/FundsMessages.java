package cn.gov.gansu.gaoxin.funds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 站内消息 to beneficiaries and cities (reminders of overdue reports, returned reports, recoveries):
 * written in the caller's transaction, then handed to the {@link Notifier} for e-mail or SMS. An
 * enterprise user reads its enterprise's messages, a zone officer its zone's, a city officer its city's.
 */
@Service
public class FundsMessages {

    private final JdbcClient jdbc;
    private final Notifier notifier;

    FundsMessages(JdbcClient jdbc, Notifier notifier) {
        this.jdbc = jdbc;
        this.notifier = notifier;
    }

    /** Sends a message to the beneficiary of an award (its enterprise, or its zone). */
    void toBeneficiary(PaidAward a, String subject, String body) {
        send(a.enterpriseAward() ? "ENTERPRISE" : "ZONE", a.beneficiary(), subject, body, a.awardId());
    }

    void send(String kind, String recipient, String subject, String body, Long awardId) {
        jdbc.sql("INSERT INTO funds_message (recipient_kind, recipient, subject, body, award_id, created_at) "
                        + "VALUES (:k, :r, :s, :b, :a, :now)")
                .param("k", kind).param("r", recipient).param("s", subject).param("b", body).param("a", awardId)
                .param("now", Timestamp.from(Instant.now())).update();
        notifier.notify(kind, recipient, subject, body);
    }

    /** The signed-in user's messages, newest first. */
    public List<Message> mine(int limit) {
        Recipient r = recipient(CurrentUser.scope());
        if (r == null) {
            return List.of();
        }
        return jdbc.sql("SELECT id, subject, body, award_id, created_at, read_at FROM funds_message WHERE recipient_kind = :k "
                        + "AND recipient = :r ORDER BY id DESC LIMIT :limit")
                .param("k", r.kind()).param("r", r.code()).param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Marks one of the signed-in user's messages read. */
    public void markRead(long id) {
        Recipient r = recipient(CurrentUser.scope());
        int n = r == null ? 0 : jdbc.sql("UPDATE funds_message SET read_at = COALESCE(read_at, :now) WHERE id = :id "
                        + "AND recipient_kind = :k AND recipient = :r")
                .param("now", Timestamp.from(Instant.now())).param("id", id).param("k", r.kind()).param("r", r.code()).update();
        if (n != 1) {
            throw new NotFound("消息“" + id + "”不存在");
        }
    }

    private static Recipient recipient(DataScope scope) {
        return switch (scope.role()) {
            case ENTERPRISE -> scope.enterprise() == null ? null : new Recipient("ENTERPRISE", scope.enterprise());
            case ZONE_OFFICER -> new Recipient("ZONE", scope.zone());
            case CITY_OFFICER -> new Recipient("CITY", scope.city());
            default -> null;
        };
    }

    private record Recipient(String kind, String code) {
    }

    public record Message(long id, String subject, String body, Long awardId, Instant createdAt, Instant readAt) {
    }
}
