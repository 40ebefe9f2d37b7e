package cn.gov.gansu.gaoxin.instruments;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 仪器共享 (clause 3): catalogue, booking, decision, usage and cost; on H2 and PostgreSQL by the subclasses. */
abstract class InstrumentApiContract extends IntegrationTest {

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
}
