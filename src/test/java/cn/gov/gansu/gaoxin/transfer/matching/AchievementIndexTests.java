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

    @Test
    @DisplayName("匹配词在读取时才计算：索引其间变化（成果更新、新增）时按成果的当前内容给出，仍然正确")
    void matchedWordsAreWorkedOutWhenReadEvenAfterTheIndexChanged() {
        try (AchievementIndex own = new AchievementIndex(TEXT)) {
            own.put(10, "锂电池正极材料", "新能源电池", "三元材料");
            own.put(11, "光伏组件清洗", "新能源", "光伏电站运维");
            own.refresh();
            List<AchievementIndex.Hit> unchanged = own.match("锂电池正极材料", "光伏组件", 10);
            assertThat(unchanged.get(0).matchedTerms()).containsExactly("锂电池", "正极材料");

            List<AchievementIndex.Hit> hits = own.match("锂电池正极材料", "光伏组件", 10);
            own.put(10, "锂电池隔膜", "新能源电池", "涂覆隔膜");
            own.put(12, "锂电池回收", "节能环保", "湿法冶金");
            own.refresh();
            AchievementIndex.Hit first = hits.stream().filter(h -> h.achievement() == 10).findFirst().orElseThrow();
            assertThat(first.matchedTerms()).containsExactly("锂电池");
            AchievementIndex.Hit solar = hits.stream().filter(h -> h.achievement() == 11).findFirst().orElseThrow();
            assertThat(solar.matchedTerms()).containsExactly("光伏组件");
        }
    }

    @Test
    @DisplayName("大库中九成成果都含的词不参与打分（如MoreLikeThis），但仍列为匹配词；含稀有词的成果排第一")
    void wordsHeldByMostAchievementsAreNotScoredButStillShown() {
        try (AchievementIndex big = new AchievementIndex(TEXT)) {
            for (int i = 0; i < 1_400; i++) {
                big.add(i, "智能装备控制系统" + (i % 7), "智能制造", "面向智能装备的通用控制方案");
            }
            big.add(5_000, "稀土永磁材料制备", "新材料", "用于智能装备的高性能稀土永磁体");
            big.add(5_001, "稀土抛光粉回收", "节能环保", "湿法回收");
            big.refresh();
            List<AchievementIndex.Hit> hits = big.match("稀土永磁材料", "用于智能装备", 10);
            assertThat(hits).hasSize(10);
            assertThat(hits.get(0).achievement()).isEqualTo(5_000L);
            assertThat(hits.get(0).matchedTerms()).contains("稀土", "智能", "装备");   // 智能, 装备: in 1,400 of 1,402, shown though not scored
            assertThat(hits.get(1).achievement()).isEqualTo(5_001L);
        }
    }
}
