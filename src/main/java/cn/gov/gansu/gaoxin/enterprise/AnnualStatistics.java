package cn.gov.gansu.gaoxin.enterprise;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * 年度统计: an enterprise's figures for one year, money in 元. A figure not reported is null, never
 * zero (SPEC reading 8).
 */
public record AnnualStatistics(String uscc, int year, BigDecimal revenue, BigDecimal highTechRevenue, Integer employees,
        Integer rdStaff, BigDecimal rdExpense, BigDecimal exports, BigDecimal taxes) {

    static AnnualStatistics map(ResultSet rs) throws SQLException {
        return new AnnualStatistics(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class), rs.getBigDecimal(7),
                rs.getBigDecimal(8), rs.getBigDecimal(9));
    }
}
