package cn.gov.gansu.gaoxin.transfer;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.shared.InvalidInput;

/**
 * The code lists of the achievements library (documented in docs/services.md): who owns an
 * achievement, how mature it is (成熟度) and how it may be transferred (促进科技成果转化法 第十六条).
 * A value is given as its code or its Chinese name; a missing one is null (not stated).
 */
public final class AchievementCodes {

    private AchievementCodes() {
    }

    /** A code with its Chinese name. */
    public interface Coded {
        String name();

        String chineseName();
    }

    /** 成果持有方类型. */
    public enum OwnerType implements Coded {
        UNIVERSITY("高校"), INSTITUTE("科研院所"), ENTERPRISE("企业");

        private final String chineseName;

        OwnerType(String chineseName) {
            this.chineseName = chineseName;
        }

        @Override
        public String chineseName() {
            return chineseName;
        }
    }

    /** 成熟度: from research to industrial use. */
    public enum Maturity implements Coded {
        RESEARCH("研发阶段"), LAB("小试"), PILOT("中试"), INDUSTRIAL("产业化");

        private final String chineseName;

        Maturity(String chineseName) {
            this.chineseName = chineseName;
        }

        @Override
        public String chineseName() {
            return chineseName;
        }
    }

    /** 转化方式 (促进科技成果转化法 第十六条: 转让、许可、作价投资、合作实施、其他协商方式). */
    public enum TransferMode implements Coded {
        ASSIGNMENT("转让"), LICENSE("许可"), EQUITY("作价入股"), COOPERATION("合作开发"), OTHER("其他");

        private final String chineseName;

        TransferMode(String chineseName) {
            this.chineseName = chineseName;
        }

        @Override
        public String chineseName() {
            return chineseName;
        }
    }

    /** The value named by its code or Chinese name; null for blank; else 400 naming the field and the choices. */
    public static <E extends Enum<E> & Coded> E parse(Class<E> type, String raw, String field, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || e.chineseName().equals(v)) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(e -> e.name() + "（" + e.chineseName() + "）")
                .collect(Collectors.joining("、"));
        throw new InvalidInput("字段“" + field + "”：" + label + "“" + (v.length() > 30 ? v.substring(0, 30) + "…" : v)
                + "”无效，可选：" + choices);
    }
}
