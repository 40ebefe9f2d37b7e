package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;

/** 伙伴园区 / 异地孵化 (clause 15). */
public record PartnerParkLinked(String zone, String partnerName, String region, LocalDate since) implements ZoneEvents {
}
