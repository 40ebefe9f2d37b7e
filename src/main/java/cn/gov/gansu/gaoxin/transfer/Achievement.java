package cn.gov.gansu.gaoxin.transfer;

import java.time.Instant;

/**
 * 科技成果: a technology achievement offered for transfer. {@code ownerUscc} and {@code zone} are set
 * when the owner is a registered enterprise; a university or institute is named in {@code owner}.
 */
public record Achievement(long id, String title, String summary, String owner, String ownerUscc, String zone,
        String field, Instant recordedAt) {
}
