package cn.gov.gansu.gaoxin.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 仪器共享 (clause 3): catalogue, booking, decision, usage and cost; on H2 and PostgreSQL by the subclasses. */
abstract class InstrumentApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("企业预约本区仪器，所在区同意后记录使用时长，费用按每小时收费精确到分；他区不能审核；未同意的不能记使用")
    void bookingRunsFromRequestToUsageWithExactCost() throws Exception {
        String officer = zoneOfficer("jinchang");
        long instrument = id(as(officer, post("/api/instruments", "{\"name\":\"场发射扫描电镜\",\"owner\":\"金川集团研究院\",\"zone\":\"jinchang\","
                + "\"category\":\"ANALYSIS\",\"pricePerHourYuan\":\"333.33\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.pricePerHourYuan").value("333.33")).andReturn().getResponse().getContentAsString());
        as(officer, post("/api/instruments", "{\"name\":\"x\",\"owner\":\"y\",\"zone\":\"lanzhou\",\"category\":\"ANALYSIS\"}"))
                .andExpect(status().isForbidden());
        as(officer, post("/api/instruments", "{\"name\":\"x\",\"owner\":\"y\",\"zone\":\"jinchang\",\"category\":\"ANALYSIS\",\"pricePerHourYuan\":\"abc\"}"))
                .andExpect(status().isBadRequest());

        String uscc = enterpriseIn("zhangye");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        String date = LocalDate.now().plusDays(7).toString();
        as(firm, post("/api/instruments/{id}/bookings", "{\"enterprise\":\"" + uscc + "\",\"date\":\"" + date + "\",\"hours\":0.25}", instrument))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("hours")));
        as(firm, post("/api/instruments/{id}/bookings", "{\"enterprise\":\"" + enterpriseIn("zhangye") + "\",\"date\":\"" + date
                + "\",\"hours\":2}", instrument)).andExpect(status().isForbidden());
        long booking = id(as(firm, post("/api/instruments/{id}/bookings", "{\"enterprise\":\"" + uscc + "\",\"date\":\"" + date
                + "\",\"hours\":3}", instrument)).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString());

        as(officer, post("/api/instrument-bookings/{id}/usage", "{\"hoursUsed\":3}", booking)).andExpect(status().isConflict());
        as(zoneOfficer("zhangye"), post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\"}", booking))
                .andExpect(status().isForbidden());
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"REJECTED\"}", booking))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("note")));
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\"}", booking)).andExpect(status().isOk());
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\"}", booking)).andExpect(status().isConflict());
        as(officer, post("/api/instrument-bookings/{id}/usage", "{\"hoursUsed\":2.5}", booking)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.costYuan").value("833.33"));
    }

    @Test
    @DisplayName("预约列表按范围：企业只见本企业的，仪器所在区和企业所在区都能看到，其他区看不到；按状态筛选")
    void bookingListFollowsTheScope() throws Exception {
        String owner = zoneOfficer("longxi");
        long instrument = id(as(owner, post("/api/instruments", "{\"name\":\"" + unique("核磁共振波谱仪") + "\",\"owner\":\"陇西研究院\","
                + "\"zone\":\"longxi\",\"category\":\"ANALYSIS\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String uscc = enterpriseIn("pingliang");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        String date = LocalDate.now().plusDays(3).toString();
        long booking = id(as(firm, post("/api/instruments/{id}/bookings", "{\"enterprise\":\"" + uscc + "\",\"date\":\"" + date
                + "\",\"hours\":1.5}", instrument)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        as(firm, get("/api/instrument-bookings?size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].enterprise", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(uscc))))
                .andExpect(jsonPath("$.items[0].id").value(booking)).andExpect(jsonPath("$.items[0].instrumentName", containsString("核磁共振波谱仪")));
        as(owner, get("/api/instrument-bookings?instrument=" + instrument)).andExpect(jsonPath("$.total").value(1));
        as(zoneOfficer("pingliang"), get("/api/instrument-bookings?instrument=" + instrument)).andExpect(jsonPath("$.total").value(1));
        as(zoneOfficer("baiyin"), get("/api/instrument-bookings?instrument=" + instrument)).andExpect(jsonPath("$.total").value(0));
        as(owner, get("/api/instrument-bookings?instrument=" + instrument + "&status=APPROVED")).andExpect(jsonPath("$.total").value(0));
        as(owner, get("/api/instrument-bookings?status=WHATEVER")).andExpect(status().isBadRequest());
        as(owner, get("/api/instruments?q=" + "长".repeat(101))).andExpect(status().isBadRequest());
    }

    // ---- booking-cancel: 取消预约 ----

    long instrumentIn(String officer, String zone) throws Exception {
        return id(as(officer, post("/api/instruments", "{\"name\":\"" + unique("X射线衍射仪") + "\",\"owner\":\"玉门研究院\",\"zone\":\"" + zone
                + "\",\"category\":\"ANALYSIS\",\"pricePerHourYuan\":\"100.00\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    long book(String firm, String uscc, long instrument, LocalDate date, String hours) throws Exception {
        return id(as(firm, post("/api/instruments/{id}/bookings", "{\"enterprise\":\"" + uscc + "\",\"date\":\"" + date + "\",\"hours\":" + hours + "}",
                instrument)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    long audits(long booking, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'INSTRUMENT_BOOKING' AND subject_id = :id AND action = :a")
                .param("id", String.valueOf(booking)).param("a", action).query(Long.class).single();
    }

    String statusOf(long booking) {
        return jdbc.sql("SELECT status FROM instrument_booking WHERE id = :id").param("id", booking).query(String.class).single();
    }

    @Test
    @DisplayName("取消预约：企业取消本企业待审核和已同意的预约（写审计），取消后不能再审核或记使用；同一时段可再预约并获同意")
    void enterpriseCancelsItsRequestedAndApprovedBookings() throws Exception {
        String officer = zoneOfficer("yumen");
        long instrument = instrumentIn(officer, "yumen");
        String uscc = enterpriseIn("dingxi");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        LocalDate day = LocalDate.now().plusDays(5);
        long requested = book(firm, uscc, instrument, day, "2");
        long approved = book(firm, uscc, instrument, day.plusDays(1), "4");
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\",\"note\":\"上午九点\"}", approved))
                .andExpect(status().isOk());

        as(firm, post("/api/instrument-bookings/{id}/cancellation", "{\"reason\":\"样品未到\"}", requested)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED")).andExpect(jsonPath("$.cancelReason").value("样品未到"));
        assertThat(audits(requested, "INSTRUMENT_BOOKING_CANCELLED")).isEqualTo(1);
        as(firm, post("/api/instrument-bookings/{id}/cancellation", "", approved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED")).andExpect(jsonPath("$.note").value("上午九点"))
                .andExpect(jsonPath("$.cancelReason").doesNotExist());
        assertThat(audits(approved, "INSTRUMENT_BOOKING_CANCELLED")).isEqualTo(1);

        as(firm, post("/api/instrument-bookings/{id}/cancellation", "{}", approved)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已取消")));
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\"}", requested)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已取消")));
        as(officer, post("/api/instrument-bookings/{id}/usage", "{\"hoursUsed\":4}", approved)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已取消")));
        assertThat(statusOf(requested)).isEqualTo("CANCELLED");
        assertThat(statusOf(approved)).isEqualTo("CANCELLED");
        assertThat(audits(approved, "INSTRUMENT_USED")).isZero();

        long again = book(firm, uscc, instrument, day.plusDays(1), "4");
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\"}", again)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        as(firm, get("/api/instrument-bookings?instrument=" + instrument + "&status=CANCELLED")).andExpect(jsonPath("$.total").value(2));
        as(firm, get("/api/instrument-bookings?instrument=" + instrument + "&status=APPROVED")).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(again));
    }

    @Test
    @DisplayName("取消预约：他企业、企业所在区、他区、省级不能取消（403），不存在的404；仪器所在区可以取消")
    void onlyTheBookingEnterpriseOrTheInstrumentZoneMayCancel() throws Exception {
        String officer = zoneOfficer("yumen");
        long instrument = instrumentIn(officer, "yumen");
        String uscc = enterpriseIn("dingxi");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        long booking = book(firm, uscc, instrument, LocalDate.now().plusDays(3), "1.5");
        String other = user("ENTERPRISE", "enterprise", enterpriseIn("dingxi"));
        for (String who : List.of(other, zoneOfficer("dingxi"), zoneOfficer("baiyin"), user("AUDITOR", null, null))) {
            as(who, post("/api/instrument-bookings/{id}/cancellation", "{\"reason\":\"x\"}", booking)).andExpect(status().isForbidden());
        }
        asAdmin(post("/api/instrument-bookings/{id}/cancellation", "{}", booking)).andExpect(status().isForbidden());
        assertThat(statusOf(booking)).isEqualTo("REQUESTED");
        assertThat(audits(booking, "INSTRUMENT_BOOKING_CANCELLED")).isZero();
        as(firm, post("/api/instrument-bookings/{id}/cancellation", "{}", Long.MAX_VALUE)).andExpect(status().isNotFound());
        as(firm, post("/api/instrument-bookings/{id}/cancellation", "{\"reason\":\"" + "长".repeat(1001) + "\"}", booking))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("reason")));
        as(officer, post("/api/instrument-bookings/{id}/cancellation", "{\"reason\":\"仪器检修\"}", booking)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    @DisplayName("取消预约：已使用、未同意、使用日期已过的预约不能取消（409，说明状态），什么都不变")
    void usedRefusedOrPastBookingsCannotBeCancelled() throws Exception {
        String officer = zoneOfficer("yumen");
        long instrument = instrumentIn(officer, "yumen");
        String uscc = enterpriseIn("dingxi");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        long used = book(firm, uscc, instrument, LocalDate.now().plusDays(2), "2");
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"APPROVED\"}", used)).andExpect(status().isOk());
        as(officer, post("/api/instrument-bookings/{id}/usage", "{\"hoursUsed\":2}", used)).andExpect(status().isOk());
        long refused = book(firm, uscc, instrument, LocalDate.now().plusDays(2), "2");
        as(officer, post("/api/instrument-bookings/{id}/decision", "{\"decision\":\"REJECTED\",\"note\":\"已排满\"}", refused))
                .andExpect(status().isOk());
        long past = book(firm, uscc, instrument, LocalDate.now().minusDays(1), "2");

        as(firm, post("/api/instrument-bookings/{id}/cancellation", "{}", used)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已使用")));
        as(officer, post("/api/instrument-bookings/{id}/cancellation", "{}", refused)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("未同意")));
        as(firm, post("/api/instrument-bookings/{id}/cancellation", "{}", past)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已过")));
        as(firm, get("/api/instrument-bookings?instrument=" + instrument)).andExpect(jsonPath("$.total").value(3));
        assertThat(List.of(statusOf(used), statusOf(refused), statusOf(past))).containsExactly("COMPLETED", "REJECTED", "REQUESTED");
        as(firm, get("/api/instrument-bookings?instrument=" + instrument + "&status=COMPLETED")).andExpect(jsonPath("$.items[0].costYuan").value("200.00"));
        for (long b : List.of(used, refused, past)) {
            assertThat(audits(b, "INSTRUMENT_BOOKING_CANCELLED")).isZero();
        }
    }
}
