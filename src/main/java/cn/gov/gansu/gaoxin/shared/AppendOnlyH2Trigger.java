package cn.gov.gansu.gaoxin.shared;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The H2 trigger (migration 8.2, db/vendor/h2) that makes a table append-only: it refuses every
 * UPDATE and DELETE of a row. PostgreSQL has a plpgsql twin (db/vendor/postgresql).
 */
public class AppendOnlyH2Trigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("表 " + table + " 只允许追加：不能修改或删除已有记录（" + (newRow == null ? "DELETE" : "UPDATE") + "）",
                "P0001");
    }
}
