package cn.gov.gansu.gaoxin.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules stay plain Java: no Spring, no persistence, no web in clauses, rules or the engine. */
class ClausesArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.gansu.gaoxin.policy");

    @Test
    @DisplayName("条款类不依赖 Spring、数据库或 Web")
    void clausesRulesAndTheEngineUseNeitherSpringNorPersistence() {
        noClasses().that().resideInAnyPackage("..policy.clauses..", "..policy.rules..", "..policy.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "jakarta.servlet..", "org.h2..", "org.postgresql..", "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("条款类只依赖规则词汇，不依赖引擎或其他模块")
    void clausesDependOnlyOnTheRuleVocabulary() {
        noClasses().that().resideInAPackage("..policy.clauses..").should().dependOnClassesThat()
                .resideInAnyPackage("..policy.engine..", "cn.gov.gansu.gaoxin.zone..", "cn.gov.gansu.gaoxin.enterprise..",
                        "cn.gov.gansu.gaoxin.identity..", "cn.gov.gansu.gaoxin.shared..")
                .check(CLASSES);
    }
}
