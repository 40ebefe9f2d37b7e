package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** An enterprise or unit as listed: identified by its USCC, in one zone at a time (or none). */
public record Enterprise(String uscc, String name, String zone, String industryCode, String industryName,
        @io.swagger.v3.oas.annotations.media.Schema(description = "上市状态。取值：UNLISTED、PIPELINE、STAR_MARKET、BSE、CHINEXT、MAIN_BOARD、NEEQ、OVERSEAS") String listingStatus, IntroducedCategory introducedCategory, LocalDate introducedOn, boolean demo) {
}
