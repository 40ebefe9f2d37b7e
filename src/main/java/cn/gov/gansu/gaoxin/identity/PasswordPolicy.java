package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.shared.InvalidInput;

/** 密码规则 (contracts §6): at least 10 characters and three of upper, lower, digit, symbol. */
final class PasswordPolicy {

    static final String RULE = "密码至少10位，且须包含大写字母、小写字母、数字、符号中的至少三类";

    /** bcrypt reads at most 72 bytes: a longer password would be cut silently (or refused by the encoder). */
    static final int MAX_BYTES = 72;

    static final String TOO_LONG = "密码过长：按UTF-8编码不得超过72字节（约72个英文字符或24个汉字，表情符号每个占4字节）";

    private PasswordPolicy() {
    }

    static boolean isAcceptable(String password) {
        if (password == null || password.length() < 10 || tooLong(password)) {
            return false;
        }
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c) || c == ' ') {
                symbol = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return classes >= 3;
    }

    static boolean tooLong(CharSequence password) {
        return password != null && password.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    static void require(String password) {
        if (tooLong(password)) {
            throw new InvalidInput("新密码不符合要求：" + TOO_LONG);
        }
        if (!isAcceptable(password)) {
            throw new WeakPassword();
        }
    }

    /** The new password breaks the rule. */
    static final class WeakPassword extends InvalidInput {
        WeakPassword() {
            super("新密码不符合要求：" + RULE + (""));
        }
    }
}
