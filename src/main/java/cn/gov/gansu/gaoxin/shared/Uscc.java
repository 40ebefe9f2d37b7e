package cn.gov.gansu.gaoxin.shared;

/**
 * 统一社会信用代码 (Unified Social Credit Code), 18 characters, check character per GB 32100-2015:
 * check = 31 − (Σ value × weight mod 31), 31 maps to 0, over the alphabet without I, O, S, V, Z.
 */
public record Uscc(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidInput(problem);
        }
    }

    public static Uscc of(String value) {
        return new Uscc(value == null ? null : value.trim().toUpperCase());
    }

    public static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    /** The Chinese reason why {@code value} is no USCC, or null when it is one. */
    public static String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "统一社会信用代码不能为空";
        }
        String shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
        if (value.length() != 18) {
            return "统一社会信用代码“" + shown + "”应为18位，实际为" + value.length() + "位";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(value.charAt(i));
            if (v < 0) {
                return "统一社会信用代码“" + shown + "”第" + (i + 1) + "位字符“" + value.charAt(i)
                        + "”无效（只允许数字和除I、O、S、V、Z以外的大写字母）";
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        char expected = ALPHABET.charAt(check);
        if (value.charAt(17) != expected) {
            return "统一社会信用代码“" + shown + "”校验位错误（按GB 32100-2015校验，第18位应为“" + expected + "”）";
        }
        return null;
    }

    /** Completes a 17-character body with its check character. */
    public static Uscc withCheckCharacter(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body17.charAt(i)) * WEIGHTS[i];
        }
        return new Uscc(body17 + ALPHABET.charAt((31 - sum % 31) % 31));
    }

    @Override
    public String toString() {
        return value;
    }
}
