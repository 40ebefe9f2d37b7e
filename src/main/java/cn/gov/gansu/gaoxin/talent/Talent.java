package cn.gov.gansu.gaoxin.talent;

import java.time.LocalDate;

/** One talent record in a zone. */
public record Talent(long id, TalentKind kind, String name, String zone, String enterprise, String institution,
        String programme, String field, String nationality, PermitStatus permitStatus, LocalDate startedOn) {
}
