package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** An enterprise or unit as listed: identified by its USCC, in one zone at a time (or none). */
public record Enterprise(String uscc, String name, String zone, String industryCode, String industryName,
        String listingStatus, IntroducedCategory introducedCategory, LocalDate introducedOn, boolean demo) {
}
