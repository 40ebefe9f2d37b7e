package cn.gov.gansu.gaoxin.commissioner;

import java.util.List;

/** 年度选派方案: who serves which need, what is left unassigned, the total fit and the zones covered. */
public record Dispatch(long id, int year, List<Line> assignments, List<Long> unassigned, int totalFit, int zonesCovered) {

    /** One need served by one commissioner with its fit (2, 1). */
    public record Line(long need, long commissioner, int fit) {
    }
}
