package cn.gov.gansu.gaoxin.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Dates as Chinese documents write them — 2025年11月3日, 2025年11月3日 14:05 (Beijing time) — for the
 * printed 审批表, 付款通知 and 公示 list. Used in templates as {@code @cnDate}.
 */
@Component("cnDate")
class ChineseDates {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public String date(LocalDate d) {
        return d == null ? Formats.NONE : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public String time(Instant at) {
        if (at == null) {
            return Formats.NONE;
        }
        ZonedDateTime t = at.atZone(CHINA);
        return date(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }

    public String today() {
        return date(LocalDate.now(CHINA));
    }
}
