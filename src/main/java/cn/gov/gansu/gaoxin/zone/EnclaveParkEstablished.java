package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;

/** 飞地园区 (clause 16): an enclave park that enjoys its parent zone's policies. */
public record EnclaveParkEstablished(String zone, String parentZone, LocalDate date) implements ZoneEvents {
}
