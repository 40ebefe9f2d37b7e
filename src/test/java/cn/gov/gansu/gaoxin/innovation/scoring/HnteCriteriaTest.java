package cn.gov.gansu.gaoxin.innovation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 高新技术企业认定条件对照（国科发火〔2016〕32号 第十一条），门槛来自带日期的数据文件. */
class HnteCriteriaTest {

    static final HnteCriteria CRITERIA = HnteCriteria.forYear(HnteCriteria.load("innovation/hnte-criteria.yaml"), 2025);

    @ParameterizedTest(name = "营业收入{0}元、研发费用{1}元 → {2}")
    @CsvSource({
            "50000000, 2500000, true",     // 5000万元（含）：5%，恰好达到
            "50000000, 2499999, false",
            "50000001, 2000001, true",     // 5000万元以上：4%
            "200000000, 7999999, false",   // 2亿元（含）：仍为4%
            "200000001, 6000001, true"})   // 2亿元以上：3%
    @DisplayName("研发费用占比按营业收入分档判断，分界点含本数")
    void rdShareFollowsTheRevenueBands(String revenue, String rd, boolean met) {
        HnteCriteria.Check c = CRITERIA.check(new BigDecimal(revenue), new BigDecimal(rd), new BigDecimal(revenue), 10, 1);
        assertThat(c.criteria().get(0).met()).isEqualTo(met);
    }

    @Test
    @DisplayName("缺少数据的条件为未知（不算达标也不算不达标），企业是否具备条件也为未知")
    void missingFiguresAreUnknownNotFailed() {
        HnteCriteria.Check c = CRITERIA.check(new BigDecimal("1000"), new BigDecimal("100"), new BigDecimal("600"), null, null);
        assertThat(c.ready()).isNull();
        assertThat(c.missing()).containsExactly("科技人员占职工总数比例");
        assertThat(c.lacks()).isEmpty();
        HnteCriteria.Check failing = CRITERIA.check(new BigDecimal("1000"), new BigDecimal("100"), new BigDecimal("599"), null, null);
        assertThat(failing.ready()).isFalse();
        assertThat(failing.lacks()).containsExactly("高新技术产品（服务）收入占比");
    }
}
