package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.gansu.gaoxin.support.EmbeddedServerTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The warm-up after start through the real embedded Tomcat (shares its started server with other such tests). */
@EmbeddedServerTest
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
