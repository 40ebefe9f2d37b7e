package cn.gov.gansu.gaoxin.transfer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The matcher alone (contracts §11): segmentation, field boosts, matched words, the character fallback. */
class AchievementIndexTests {

    private static final ChineseText TEXT = new ChineseText();
    private static AchievementIndex index;

    @BeforeAll
    static void build() {
        index = new AchievementIndex(TEXT);
        index.put(1, "高镍锂电池正极材料制备技术", "新能源电池", "共沉淀法制备三元正极材料");
        index.put(2, "电动车辆充电桩远程监控系统", "智能制造", "电网负荷监测");
        index.put(3, "废旧电池回收", "节能环保", "拆解与湿法冶金");
        index.put(4, "中药饮片炮制工艺", "中医药", "锂电池正极材料的检测方法也有涉及");
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    @DisplayName("分词后合成领域复合词：锂电池正极材料 → 锂电池、正极材料，部件词仍保留")
    void lexiconJoinsCompounds() {
        assertThat(TEXT.words("锂电池正极材料").keySet()).contains("锂电池", "正极材料", "电池", "正极", "材料");
    }

    @Test
    @DisplayName("标题含锂电池正极材料的成果排第一，简介提到的其次；只共有“电”字的排在所有共有词语的成果之后，匹配词为空")
    void wordsRankAboveCharactersAndTitleAboveSummary() {
        List<AchievementIndex.Hit> hits = index.match("寻求锂电池正极材料技术", "提高电池能量密度", 10);
        List<Long> order = hits.stream().map(AchievementIndex.Hit::achievement).toList();
        assertThat(order.get(0)).isEqualTo(1L);
        assertThat(order.indexOf(4L)).isLessThan(order.indexOf(2L));
        assertThat(order.indexOf(3L)).isLessThan(order.indexOf(2L));
        assertThat(hits.get(0).matchedTerms()).containsSubsequence("锂电池", "正极材料").doesNotContain("电池", "材料", "技术");
        assertThat(hits.get(order.indexOf(2L)).matchedTerms()).isEmpty();
        assertThat(hits.get(order.indexOf(3L)).matchedTerms()).containsExactly("电池");
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    @DisplayName("空需求没有结果；size 限制结果数")
    void emptyDemandAndSize() {
        assertThat(index.match("", null, 10)).isEmpty();
        assertThat(index.match("锂电池", "电池", 1)).hasSize(1);
    }
}
