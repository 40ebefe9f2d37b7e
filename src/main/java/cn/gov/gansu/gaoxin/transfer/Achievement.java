package cn.gov.gansu.gaoxin.transfer;

import java.time.Instant;

import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes.Maturity;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes.OwnerType;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes.TransferMode;

/**
 * 科技成果: a technology achievement offered for transfer. {@code ownerUscc} and {@code zone} are set
 * when the owner is a registered enterprise; a university or institute is named in {@code owner}.
 * {@code ownerType}, {@code maturity}, {@code transferMode} and {@code price} (asking price, 元) are
 * null when not stated — a missing price is unknown, not zero.
 */
public record Achievement(long id, String title, String summary, String owner, String ownerUscc, String zone,
        String field, Instant recordedAt, OwnerType ownerType, Maturity maturity, TransferMode transferMode, Money price) {
}
