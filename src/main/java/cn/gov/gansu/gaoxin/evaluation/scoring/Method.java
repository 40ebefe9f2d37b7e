package cn.gov.gansu.gaoxin.evaluation.scoring;

/** 评分方法 (clause 20, contracts §4): an absolute scale against benchmarks, or relative min–max across the zones. */
public enum Method {
    /** 目标值法: clamp(value / benchmark, 0, 1) × 100 — "failing" is a composite below the pass mark. */
    TARGET_REFERENCED("目标值法"),
    /** 极差标准化法: (value − min) / (max − min) × 100 over the zones evaluated together; 100 for all when max = min. */
    MIN_MAX("极差标准化法");

    private final String chineseName;

    Method(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
