package cn.gov.gansu.gaoxin.transfer;

import java.time.Instant;

/** 技术需求: what an enterprise in a zone is looking for. */
public record Demand(long id, String enterprise, String zone, String title, String description, Instant recordedAt) {
}
