package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;
import java.util.List;

/** A zone as the registry reads it: enclave parks have a parent zone. */
public record Zone(String code, String name, String fullName, String city, String cityName,
        @io.swagger.v3.oas.annotations.media.Schema(description = "取值：ZONE 高新区、ENCLAVE_PARK 飞地园区", allowableValues = {"ZONE", "ENCLAVE_PARK"}) String kind,
        ZoneLevel level, ZoneStatus status, LocalDate statusSince, LocalDate establishedOn, String developmentZone,
        String parentZone, String location, List<Industry> focusIndustries, List<Industry> leadingIndustries) {

    public boolean isEnclavePark() {
        return parentZone != null;
    }

    /** The zone whose policies apply: the parent for an enclave park (SPEC reading 6). */
    public String policyZone() {
        return parentZone != null ? parentZone : code;
    }

    /** 第12条: the warnings when the zone has not 2–3 leading industries (empty when it has). */
    public List<String> leadingIndustryWarnings() {
        return ZoneController.leadingWarnings(this);
    }

    /** An industry as a name and the GB/T 4754 codes that define it. */
    public record Industry(String name, List<String> industryCodes) {
    }
}
