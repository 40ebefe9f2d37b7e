package cn.gov.gansu.gaoxin.evaluation.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scoring core stays pure: no Spring, no persistence, no web, no other platform module. */
class ScoringPurityTests {

    @Test
    @DisplayName("评分核心不依赖Spring、数据库或平台其他模块")
    void theScoringCoreDependsOnNothingButTheJdk() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gov.gansu.gaoxin.evaluation.scoring");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "tools.jackson..", "cn.gov.gansu.gaoxin.shared..", "cn.gov.gansu.gaoxin.zone..",
                        "cn.gov.gansu.gaoxin.enterprise..", "cn.gov.gansu.gaoxin.identity..")
                .check(core);
    }
}
