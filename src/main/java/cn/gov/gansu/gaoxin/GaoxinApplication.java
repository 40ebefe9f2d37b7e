package cn.gov.gansu.gaoxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 甘肃省高新区高质量发展政策管理平台 — the modular monolith's entry point. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class GaoxinApplication {

    public static void main(String[] args) {
        SpringApplication.run(GaoxinApplication.class, args);
    }
}
