package cn.gov.gansu.gaoxin.shared;

import java.util.Locale;

/** Reads a code sent by a caller as one of an enum's values, refusing others with a Chinese 400. */
public final class Enums {

    private Enums() {
    }

    /**
     * The value named by {@code value} (case-insensitive), or null when it is blank.
     *
     * @param label how the caller sees the input, e.g. {@code 参数“status”} or {@code 字段“qualification”}
     */
    public static <E extends Enum<E>> E optional(Class<E> type, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
            throw new InvalidInput(label + "的值无效（“" + shown + "”），可选：" + allowed(type));
        }
    }

    /** As {@link #optional}, but a blank value is refused too. */
    public static <E extends Enum<E>> E required(Class<E> type, String value, String label) {
        E e = optional(type, value, label);
        if (e == null) {
            throw new InvalidInput(label + "不能为空，可选：" + allowed(type));
        }
        return e;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        StringBuilder allowed = new StringBuilder();
        for (Enum<?> c : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : "、").append(c.name());
        }
        return allowed.toString();
    }
}
