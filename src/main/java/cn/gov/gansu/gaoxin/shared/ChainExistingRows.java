package cn.gov.gansu.gaoxin.shared;

import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 8.1 (Java, registered as a bean; Spring Boot hands it to Flyway): chains the rows
 * the append-only tables held before the hash chain existed, in id order, and writes each chain's
 * head. Runs after 8.0 (columns and head table) and before 8.2 (the triggers that refuse UPDATE).
 */
@Component
public final class ChainExistingRows implements JavaMigration {

    private final List<HashChain.Table> tables;

    ChainExistingRows(List<HashChain.Table> tables) {
        this.tables = tables;
    }

    /**
     * The same migration for Flyway run outside the application context (the demo seed built at build time,
     * {@code demo.DemoSeed}), with the chained tables named by the caller.
     */
    public static ChainExistingRows of(List<HashChain.Table> tables) {
        return new ChainExistingRows(List.copyOf(tables));
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8.1");
    }

    @Override
    public String getDescription() {
        return "chain existing rows of the append-only tables";
    }

    @Override
    public Integer getChecksum() {
        return 81;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        for (HashChain.Table table : tables) {
            HashChain.chainExisting(context.getConnection(), table);
        }
    }
}
