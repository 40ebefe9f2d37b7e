package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClauseReportItemsTest {

    @Test
    void addIfPresentLeavesOutWhatWasNotRecordedAndKeepsEveryRecordedValueInOrder() {
        ClauseReport.Items items = new ClauseReport.Items()
                .addIfPresent("1", "无", null)
                .addIfPresent("1", "空名单", List.of())
                .addIfPresent("1", "空白", " ")
                .addIfPresent("2", "零", 0L)
                .addIfPresent("2", "名单", List.of("甲"))
                .addIfPresent("2", "文字", "乙")
                .add("3", "缺失", null);
        assertThat(items.list()).containsExactly(
                new ClauseReport.Item("2", "零", 0L),
                new ClauseReport.Item("2", "名单", List.of("甲")),
                new ClauseReport.Item("2", "文字", "乙"),
                new ClauseReport.Item("3", "缺失", null));
    }
}
