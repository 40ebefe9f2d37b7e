package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The warm-up after start through the real embedded Tomcat (the same configuration as {@code ForwardedHeadersTests},
 * so the two share one started server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gaoxin.demo=false",
        "GAOXIN_ADMIN_PASSWORD=" + IntegrationTest.ADMIN_PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:gaoxin-forwarded;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "logging.level.cn.gov.gansu.gaoxin=WARN",
        "gaoxin.security.bcrypt-strength=4"})
class ConsoleWarmUpTests {

    @Autowired
    ConsoleWarmUp warmUp;

    @Test
    @DisplayName("启动就绪后在后台请求一次登录页，使第一位用户的页面不再承担首次渲染的初始化")
    void theSignInPageWasServedOnceAfterTheStart() throws Exception {
        for (int i = 0; i < 300 && warmUp.status() == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(warmUp.status()).isEqualTo(200);
    }
}
