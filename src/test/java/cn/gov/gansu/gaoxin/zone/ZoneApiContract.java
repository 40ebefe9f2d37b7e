package cn.gov.gansu.gaoxin.zone;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Contracts §2 reference data, the lifecycle and the zone part of data scope. */
abstract class ZoneApiContract extends IntegrationTest {

    @Test
    void theElevenZonesOfClause13AreSeededWithTheirLevelsAndCities() throws Exception {
        asAdmin(get("/api/zones?level=NATIONAL")).andExpect(jsonPath("$.items[*].code", hasItems("lanzhou", "baiyin")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("jiayuguan"))));
        asAdmin(get("/api/zones?level=PROVINCIAL")).andExpect(jsonPath("$.items[*].code", hasItems("jiayuguan", "jinchang",
                "zhangye", "pingliang", "dingxi", "minle", "yumen", "longxi", "qingcheng")));
        asAdmin(get("/api/zones/minle")).andExpect(jsonPath("$.zone.city").value("zhangye-city"))
                .andExpect(jsonPath("$.zone.level").value("PROVINCIAL"))
                .andExpect(jsonPath("$.zone.focusIndustries[0].name").value("农副产品加工"));
        asAdmin(get("/api/cities")).andExpect(jsonPath("$.length()").value(14))
                .andExpect(jsonPath("$[?(@.code == 'linxia-prefecture')].divisionCode").value("622900"));
    }

    @Test
    void aCityOfficerSeesItsZonesAndAZoneOfficerItsOwn() throws Exception {
        as(cityOfficer("dingxi-city"), get("/api/zones"))
                .andExpect(jsonPath("$.items[*].code", containsInAnyOrder("dingxi", "longxi")));
        String officer = zoneOfficer("yumen");
        as(officer, get("/api/zones")).andExpect(jsonPath("$.total").value(1));
        as(officer, get("/api/zones/lanzhou")).andExpect(status().isNotFound());
        as(officer, post("/api/zones/yumen/status", "{\"status\":\"REVOKED\",\"date\":\"2025-01-01\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNewProvincialZoneWalksItsLifecycleAsDatedHistory() throws Exception {
        String code = "t" + unique("zone").toLowerCase().replaceAll("[^a-z0-9]", "");
        asAdmin(post("/api/zones", "{\"code\":\"" + code + "\",\"name\":\"静宁\",\"city\":\"pingliang-city\","
                + "\"developmentZone\":\"静宁工业园区\",\"recognisedOn\":\"2025-06-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROVINCIAL"));
        asAdmin(post("/api/zones/{c}/status", "{\"status\":\"NATIONAL\",\"date\":\"2025-07-01\",\"reason\":\"x\"}", code))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("创建国家高新区中")));
        asAdmin(post("/api/zones/{c}/status", "{\"status\":\"NATIONAL_CANDIDATE\",\"date\":\"2025-07-01\",\"reason\":\"省政府同意创建\"}", code))
                .andExpect(status().isOk());
        asAdmin(post("/api/zones/{c}/status", "{\"status\":\"NATIONAL\",\"date\":\"2025-10-01\",\"reason\":\"国务院批复\"}", code))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("NATIONAL"));
        asAdmin(get("/api/zones/{c}", code)).andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.warnings[0]", containsString("2-3个主导产业")));
    }

    @Test
    void anEnclaveParkIsSeenByItsParentsOfficer() throws Exception {
        String code = "e" + unique("encl").toLowerCase().replaceAll("[^a-z0-9]", "");
        asAdmin(post("/api/zones/lanzhou/enclave-parks", "{\"code\":\"" + code + "\",\"name\":\"兰州高新区上海飞地\","
                + "\"location\":\"上海张江\",\"established\":\"2023-01-01\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentZone").value("lanzhou"));
        as(zoneOfficer("lanzhou"), get("/api/zones")).andExpect(jsonPath("$.items[*].code", hasItem(code)));
        as(zoneOfficer("baiyin"), get("/api/zones/{c}", code)).andExpect(status().isNotFound());
    }

    @Test
    void leadingIndustriesOutsideTwoToThreeAreAWarningNotAnError() throws Exception {
        String officer = zoneOfficer("qingcheng");
        as(officer, put("/api/zones/qingcheng/leading-industries", "[{\"name\":\"农副产品加工\",\"industryCodes\":[\"13\",\"14\"]}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.warnings[0]", containsString("当前为1个")));
        as(officer, put("/api/zones/qingcheng/leading-industries", "[{\"name\":\"农副产品加工\",\"industryCodes\":[\"13\"]},"
                + "{\"name\":\"能源化工\",\"industryCodes\":[\"25\",\"26\"]}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.warnings.length()").value(0));
        as(officer, put("/api/zones/qingcheng/leading-industries", "[{\"name\":\"x\",\"industryCodes\":[\"drop\"]}]"))
                .andExpect(status().isBadRequest());
        as(officer, put("/api/zones/lanzhou/leading-industries", "[{\"name\":\"x\",\"industryCodes\":[\"27\"]}]"))
                .andExpect(status().isForbidden());
    }
}
