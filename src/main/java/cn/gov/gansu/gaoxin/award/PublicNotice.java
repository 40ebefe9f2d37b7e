package cn.gov.gansu.gaoxin.award;

import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 公示: an approved award is published for {@code gaoxin.awards.public-notice-days} days (default 5)
 * before it can be paid; 0 makes it payable at once. Read at each approval, which stores the date
 * from which the award becomes payable.
 */
@Component
class PublicNotice {

    private volatile int days;

    PublicNotice(@Value("${gaoxin.awards.public-notice-days:5}") int days) {
        setDays(days);
    }

    int days() {
        return days;
    }

    /** Changes the period for later approvals (operations and tests). */
    void setDays(int days) {
        if (days < 0 || days > 365) {
            throw new InvalidInput("公示天数须为0至365之间的整数");
        }
        this.days = days;
    }
}
