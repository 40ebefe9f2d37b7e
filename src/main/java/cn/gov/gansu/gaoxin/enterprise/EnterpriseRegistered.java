package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** 企业入库. */
public record EnterpriseRegistered(String uscc, String name, String zone, LocalDate date) {
}
