package cn.gov.gansu.gaoxin.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.HashChain;
import org.springframework.stereotype.Component;

/**
 * 审计完整性校验 (AUDITOR, PROVINCE_ADMIN): walks the hash chain of every append-only table (the audit
 * log, the award history, the fund ledger — each module declares its {@link HashChain.Table}) and
 * answers "完好" or the first row that no longer follows its chain.
 */
@Component
public class AuditIntegrity {

    private final HashChain chain;
    private final List<HashChain.Table> tables;

    AuditIntegrity(HashChain chain, List<HashChain.Table> tables) {
        this.chain = chain;
        this.tables = tables.stream().sorted(Comparator.comparing(HashChain.Table::name)).toList();
    }

    /** Walks every chain; the report names the first broken row of the first broken table. */
    public Report verify() {
        CurrentUser.requireAnyOf(Role.AUDITOR, Role.PROVINCE_ADMIN, Role.AUDIT_ADMIN);
        List<HashChain.Verification> results = tables.stream().map(chain::verify).toList();
        HashChain.Verification broken = results.stream().filter(v -> !v.intact()).findFirst().orElse(null);
        long rows = results.stream().mapToLong(HashChain.Verification::rowsChecked).sum();
        String names = String.join("、", tables.stream().map(HashChain.Table::title).toList());
        String message = broken == null
                ? "完好：" + names + "共" + rows + "行记录的哈希链完整，未发现改动"
                : "发现改动：" + broken.title() + "（" + broken.table() + "）"
                        + (broken.firstBrokenRow() == null ? "" : "编号为" + broken.firstBrokenRow() + "的行")
                        + "哈希链断开——" + broken.reason();
        return new Report(broken == null, message, broken, results, Instant.now());
    }

    /** What the verification found; {@code broken} is null when every chain is intact. */
    public record Report(boolean intact, String message, HashChain.Verification broken, List<HashChain.Verification> tables,
            Instant checkedAt) {

        /** The JSON of {@code GET /api/audit/verification}. */
        public Map<String, Object> body() {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("intact", intact);
            b.put("status", intact ? "完好" : "已被改动");
            if (broken != null) {
                b.put("table", broken.table());
                b.put("tableName", broken.title());
                b.put("firstBrokenRow", broken.firstBrokenRow());
                b.put("chainSeq", broken.chainSeq());
                b.put("reason", broken.reason());
            }
            b.put("message", message);
            b.put("tables", tables.stream().map(v -> {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("table", v.table());
                t.put("tableName", v.title());
                t.put("rowsChecked", v.rowsChecked());
                t.put("intact", v.intact());
                if (!v.intact()) {
                    t.put("firstBrokenRow", v.firstBrokenRow());
                    t.put("reason", v.reason());
                }
                return t;
            }).toList());
            b.put("checkedAt", checkedAt.toString());
            return b;
        }
    }
}
