package cn.gov.gansu.gaoxin.evaluation;

import java.util.OptionalLong;

/**
 * What the evaluation needs from the platform registry (clause 4 and 11: R&D institutes,
 * incubators, maker spaces). An empty answer means "unknown", which the completeness check flags —
 * never zero (SPEC reading 8). Until the platform module provides a bean implementing this,
 * {@link #UNKNOWN} answers; after merging, the platform module should implement it.
 */
public interface PlatformCounts {

    /**
     * How many items of a bonus kind were newly recognised in a zone in a year; {@code bonusCode} is
     * a catalogue bonus code: NEW_RD_INSTITUTIONS (新增省级以上研发机构), NEW_NATIONAL_INCUBATORS
     * (新增国家级科技企业孵化器), NEW_NATIONAL_MAKER_SPACES (新增国家备案众创空间).
     */
    OptionalLong newInYear(String bonusCode, String zone, int year);

    /** 科技企业孵化器 serving a leading industry of a zone at the end of a year (clause 11 target: ≥ 1). */
    OptionalLong incubatorsFor(String zone, String leadingIndustry, int year);

    /** The default until the platform registry is wired: everything unknown. */
    PlatformCounts UNKNOWN = new PlatformCounts() {
        @Override
        public OptionalLong newInYear(String bonusCode, String zone, int year) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong incubatorsFor(String zone, String leadingIndustry, int year) {
            return OptionalLong.empty();
        }
    };
}
