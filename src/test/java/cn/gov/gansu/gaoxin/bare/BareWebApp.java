package cn.gov.gansu.gaoxin.bare;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick of {@code bench/startup.sh} (issue 14 item 3): a bare Spring Boot 4 web application — one
 * controller answering {@code GET /health} with {"status":"UP"} — run with only spring-boot-starter-webmvc on the
 * classpath (the script builds that classpath from {@code bench/bare-pom.xml}). It reads no application.properties
 * ({@code spring.config.name=bare}, which does not exist) and is not part of the platform.
 */
@SpringBootApplication
@RestController
public class BareWebApp {

    public static void main(String[] args) {
        System.setProperty("spring.config.name", "bare");
        SpringApplication.run(BareWebApp.class, args);
    }

    @GetMapping("/health")
    Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
