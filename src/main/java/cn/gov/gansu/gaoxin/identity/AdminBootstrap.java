package cn.gov.gansu.gaoxin.identity;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * First start (contracts §1): creates {@code admin} (PROVINCE_ADMIN) with the password from
 * GAOXIN_ADMIN_PASSWORD, or a random one printed once to the log and to be changed at first
 * sign-in. No default password exists. Instances started together on one empty database race to create
 * it: the one that loses (duplicate key) starts normally and prints no password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountManagement accounts;
    private final Environment env;

    /** The password and its hash, begun at construction when admin does not exist yet (bcrypt off the start's path). */
    private String password;
    private AccountManagement.PendingHash hash;

    AdminBootstrap(AccountManagement accounts, Environment env) {
        this.accounts = accounts;
        this.env = env;
        if (!accounts.exists(AccountManagement.BOOTSTRAP_ADMIN)) {
            String chosen = env.getProperty("GAOXIN_ADMIN_PASSWORD");
            password = chosen != null && !chosen.isBlank() ? chosen : generate();
            if (!PasswordPolicy.tooLong(password)) {
                hash = accounts.hashInBackground(password);
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(AccountManagement.BOOTSTRAP_ADMIN)) {
            return;
        }
        try {
            create();
        } catch (DuplicateKeyException createdElsewhere) {
            // several instances started at once on one empty database (docs/operations.md): another one created
            // admin between the check and the insert; this one's attempt was rolled back and must not stop the start
            log.info("初始管理员 admin 已由同时启动的另一实例创建");
        } finally {
            password = null;
            hash = null;
        }
    }

    private void create() {
        String chosen = env.getProperty("GAOXIN_ADMIN_PASSWORD");
        DataScope scope = new DataScope(AccountManagement.BOOTSTRAP_ADMIN, Role.PROVINCE_ADMIN, null, null, null);
        if (chosen != null && !chosen.isBlank()) {
            if (PasswordPolicy.tooLong(chosen)) {
                throw new IllegalStateException("GAOXIN_ADMIN_PASSWORD 无法使用：" + PasswordPolicy.TOO_LONG);
            }
            if (!PasswordPolicy.isAcceptable(chosen)) {
                log.warn("GAOXIN_ADMIN_PASSWORD 不符合密码规则（{}），仍按运维人员的选择使用，请尽快修改", PasswordPolicy.RULE);
            }
            accounts.createSystemAccount(scope, "初始管理员", hashOf(chosen), false);
            log.info("已创建初始管理员 admin，密码取自环境变量 GAOXIN_ADMIN_PASSWORD");
        } else {
            // the password generated (and hashing) since construction
            String generated = password != null ? password : generate();
            accounts.createSystemAccount(scope, "初始管理员", hashOf(generated), true);
            log.warn("\n==================================================================\n"
                    + " 已创建初始管理员 admin，随机密码（仅显示这一次，首次登录须修改）：\n   {}\n"
                    + "==================================================================", generated);
        }
    }

    /** The hash begun at construction when it is of this password, else one begun now. */
    private AccountManagement.PendingHash hashOf(String chosen) {
        return hash != null && chosen.equals(password) ? hash : accounts.hashInBackground(chosen);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // guarantee three character classes and a symbol
        return b.append("-7a").toString();
    }
}
