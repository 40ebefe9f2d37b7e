package cn.gov.gansu.gaoxin.policy.rules;

import java.time.LocalDate;

/**
 * One fact of an assessment (contracts §3). Optional fields are null when the fact does not say;
 * a rule that needs one answers UNKNOWN naming it (SPEC reading 8).
 */
public sealed interface Fact {

    String id();

    FactType type();

    LocalDate date();

    /** 高新区认定 (clause 2 when PROVINCIAL). */
    record ZoneRecognised(String id, String zone, String level, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.ZONE_RECOGNISED;
        }
    }

    /** 新获批国家高新区 (clause 1). */
    record ZoneApprovedNational(String id, String zone, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.ZONE_APPROVED_NATIONAL;
        }
    }

    /**
     * 国家科技重大专项 / 国家重点研发计划 won (clause 5). Landed funding in fen; {@code fundingKnown}
     * false when the fact does not give it.
     */
    record NationalProjectWon(String id, String unit, String zone, Programme programme, String programmeText,
            String project, long fundingLandedFen, boolean fundingKnown, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.NATIONAL_PROJECT_WON;
        }
    }

    /** 资质认定 (clause 10 for HNTE and provincial innovative enterprises). */
    record QualificationRecognised(String id, String enterprise, String zone, Qualification qualification,
            Recognition recognition, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.QUALIFICATION_RECOGNISED;
        }
    }

    /** 引进独角兽/瞪羚企业 (clause 10). */
    record EnterpriseIntroduced(String id, String enterprise, String zone, Category category, LocalDate date)
            implements Fact {
        public FactType type() {
            return FactType.ENTERPRISE_INTRODUCED;
        }
    }

    /** 取消资格: zone-bound eligibility ends from this date (SPEC reading 6). */
    record ZoneRevoked(String id, String zone, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.ZONE_REVOKED;
        }
    }

    /** 飞地园区: counts as its parent zone from this date (clause 16). */
    record EnclavePark(String id, String zone, String parentZone, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.ENCLAVE_PARK;
        }
    }

    /**
     * An award granted before (一次性: never again); {@code project} optional, for clause 5;
     * {@code year} optional, the year a per-year award (clause 20: the evaluated year) was for.
     */
    record AwardAlreadyGranted(String id, String beneficiary, AwardLine line, String project, Integer year, LocalDate date)
            implements Fact {
        public FactType type() {
            return FactType.AWARD_ALREADY_GRANTED;
        }
    }

    /**
     * A published evaluation rewards a zone (clause 20; consequence REWARD). {@code evaluationYear}
     * null when the fact does not say (UNKNOWN, never the publication year); {@code rank} 0 when not given.
     */
    record EvaluationRewarded(String id, String zone, Integer evaluationYear, int rank, LocalDate date) implements Fact {
        public FactType type() {
            return FactType.EVALUATION_REWARDED;
        }
    }

    /** 国家科技重大专项 / 国家重点研发计划 / anything else. */
    enum Programme {
        MAJOR_SPECIAL("国家科技重大专项"), KEY_RD("国家重点研发计划"), OTHER("其他计划");

        private final String chineseName;

        Programme(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }

        /** The programme of a code; null when none is given (UNKNOWN, never OTHER). */
        public static Programme parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return "MAJOR_SPECIAL".equals(text) ? MAJOR_SPECIAL : "KEY_RD".equals(text) ? KEY_RD : OTHER;
        }
    }

    /** The qualifications of contracts §3. */
    enum Qualification {
        HIGH_TECH_ENTERPRISE("高新技术企业"), PROVINCIAL_INNOVATIVE_ENTERPRISE("省级科技创新型企业"),
        TECH_SME("科技型中小企业"), SPECIALISED_SME("专精特新中小企业"), TECH_LEADER("科技领军企业");

        private final String chineseName;

        Qualification(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    /** Only FIRST is 新认定 (SPEC reading 5). */
    enum Recognition {
        FIRST("首次认定"), RENEWAL("重新认定"), TRANSFERRED_IN("外省迁入");

        private final String chineseName;

        Recognition(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    /** 独角兽 / 瞪羚. */
    enum Category {
        UNICORN("独角兽企业"), GAZELLE("瞪羚企业");

        private final String chineseName;

        Category(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }
}
