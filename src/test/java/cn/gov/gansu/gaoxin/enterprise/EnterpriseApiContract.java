package cn.gov.gansu.gaoxin.enterprise;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contract §5 and the registry's bad-input rules; run on H2 and on PostgreSQL by the subclasses. */
abstract class EnterpriseApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseBulkLoader bulk;

    @Autowired
    EnterpriseSortKeys sortKeys;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    @DisplayName("管理员登记企业后可按代码查询")
    void registersAndReadsAnEnterprise() throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"兰州某某科技有限公司\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isCreated());
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(uscc)).andExpect(jsonPath("$.name").value("兰州某某科技有限公司"))
                .andExpect(jsonPath("$.zone").value("lanzhou"));
    }

    @Test
    void aDuplicateUsccIsAConflictAndChangesNothing() throws Exception {
        String uscc = enterpriseIn("baiyin");
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"另一家\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("已登记")));
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(jsonPath("$.zone").value("baiyin"));
    }

    @Test
    void anInvalidUsccIsABadRequestInChinese() throws Exception {
        asAdmin(post("/api/enterprises", "{\"uscc\":\"91350100M000100Y44\",\"name\":\"某公司\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("校验位")));
        asAdmin(get("/api/enterprises/{u}", "NOT-A-USCC")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownZoneAndMalformedBodiesAreBadRequests() throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"某公司\",\"zone\":\"atlantis\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不存在")));
        asAdmin(post("/api/enterprises", "{\"uscc\":")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("JSON")));
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("name")));
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(status().isNotFound());
    }

    @Test
    void hostileQueryParametersAreRefusedPolitely() throws Exception {
        asAdmin(get("/api/enterprises?zone=lanzhou&page=-1")).andExpect(status().isBadRequest());
        asAdmin(get("/api/enterprises?zone=lanzhou&size=100000")).andExpect(status().isBadRequest());
        asAdmin(get("/api/enterprises?page=abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("page")));
        asAdmin(get("/api/enterprises?name=' OR 1=1 --")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        asAdmin(get("/api/enterprises?name=%25")).andExpect(status().isOk());
        asAdmin(get("/api/enterprises?sort=uscc;DROP TABLE enterprise")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("按名称检索：中文片段（两字、三字以上）、统一社会信用代码片段，% 和 _ 按字面匹配（issue 14：PostgreSQL 用三元组索引）")
    void searchesByNameFragmentsAndUsccFragments() throws Exception {
        String rare = "鑫淼焱垚犇骉麤燚嫑氼厽叕芔茻";
        java.util.Random r = new java.util.Random(System.nanoTime());
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            marker.append(rare.charAt(r.nextInt(rare.length())));
        }
        String uscc = newUscc();
        // fragments long enough to pick this enterprise out of the shared test database (the first 8 characters are
        // every Lanzhou enterprise's region prefix: hundreds of them, more than a page)
        String name = "甘肃" + marker + "检索_100%有限公司";
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"" + name + "\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isCreated());
        for (String term : new String[] {marker.toString(), marker.substring(1, 4), marker + "检索_100%", " " + marker + "检索 ",
                uscc.substring(8, 17), uscc.substring(10, 18), uscc.substring(0, 12), uscc.substring(5, 16)}) {
            asAdmin(get("/api/enterprises?name={n}&size=100", term)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].uscc", org.hamcrest.Matchers.hasItem(uscc)));
        }
        // two characters hold no trigram: still found (PostgreSQL then compares without the index)
        asAdmin(get("/api/enterprises?name={n}&size=100", marker.substring(2, 4))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].uscc", org.hamcrest.Matchers.hasItem(uscc)));
        // _ and % are literal, not wildcards
        asAdmin(get("/api/enterprises?name={n}", marker + "检索X100")).andExpect(jsonPath("$.total").value(0));
        asAdmin(get("/api/enterprises?name={n}", marker + "检索_100X")).andExpect(jsonPath("$.total").value(0));
        asAdmin(get("/api/enterprises?name={n}", marker.toString())).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("按名称检索一两个字：首字、末字、两字组合；改名、批量入库和删除后检索结果随之变化（PostgreSQL 由触发器维护二元组表）")
    void searchesOneAndTwoCharacterTermsAfterEditsAndDeletes() throws Exception {
        java.util.Random r = new java.util.Random(System.nanoTime());
        String[] rare = new String[6];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < rare.length; i++) {
            int cp;
            do {
                cp = 0x20000 + r.nextInt(0xA6D0); // CJK Extension B: outside the BMP, in no other test's names
            } while (!used.add(cp));
            rare[i] = new String(Character.toChars(cp));
        }
        String a = rare[0], c = rare[1], b = rare[2];
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"" + a + c + "科技" + b + "\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isCreated());
        for (String term : new String[] {a, b, c, a + c, c + "科", "技" + b}) {
            asAdmin(get("/api/enterprises?name={n}", term)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].uscc").value(uscc));
        }
        for (String term : new String[] {c + a, b + a, a + "科"}) {
            asAdmin(get("/api/enterprises?name={n}", term)).andExpect(jsonPath("$.total").value(0));
        }
        // a zone officer's search is narrowed by the zone as well
        asAdmin(get("/api/enterprises?name={n}&zone=lanzhou", a)).andExpect(jsonPath("$.total").value(1));
        asAdmin(get("/api/enterprises?name={n}&zone=baiyin", a)).andExpect(jsonPath("$.total").value(0));

        // renamed after creation (as an import's correction does, or any SQL): old terms gone, new ones found
        String d = rare[3];
        jdbc.sql("UPDATE enterprise SET name = :n, version = version + 1 WHERE uscc = :u").param("n", d + "科技" + b)
                .param("u", uscc).update();
        for (String term : new String[] {a, c, a + c}) {
            asAdmin(get("/api/enterprises?name={n}", term)).andExpect(jsonPath("$.total").value(0));
        }
        for (String term : new String[] {d, d + "科", b}) {
            asAdmin(get("/api/enterprises?name={n}", term)).andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].uscc").value(uscc));
        }
        // an update touching other columns only leaves the search as it is
        jdbc.sql("UPDATE enterprise SET version = version + 1 WHERE uscc = :u").param("u", uscc).update();
        asAdmin(get("/api/enterprises?name={n}", d)).andExpect(jsonPath("$.total").value(1));

        // a bulk path (one multi-row statement, no registry code), then deleted rows
        String e = rare[4], f = rare[5];
        String first = newUscc();
        String second = newUscc();
        bulk.insertEnterprises(java.util.List.of(
                new EnterpriseBulkLoader.NewRow(first, e + f + "有限公司", "lanzhou", null, null, null, null, null, null, false),
                new EnterpriseBulkLoader.NewRow(second, f + "有限公司" + e, "baiyin", null, null, null, null, null, null, false)));
        asAdmin(get("/api/enterprises?name={n}&sort=uscc", e)).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].uscc", org.hamcrest.Matchers.containsInAnyOrder(first, second)));
        asAdmin(get("/api/enterprises?name={n}", e + f)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].uscc").value(first));
        for (String gone : new String[] {first, uscc}) {
            jdbc.sql("DELETE FROM enterprise_membership WHERE uscc = :u").param("u", gone).update();
            jdbc.sql("DELETE FROM enterprise WHERE uscc = :u").param("u", gone).update();
        }
        asAdmin(get("/api/enterprises?name={n}", e)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].uscc").value(second));
        asAdmin(get("/api/enterprises?name={n}", e + f)).andExpect(jsonPath("$.total").value(0));
        asAdmin(get("/api/enterprises?name={n}", d)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("按名称排序按拼音跨页（阿、白、北、长、中），不是按码位（中、北、长、白、阿）；批量写入未带排序键的行由后台补写")
    void namesSortByPinyinAcrossPages() throws Exception {
        java.util.Random r = new java.util.Random(System.nanoTime());
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            marker.appendCodePoint(0x20000 + r.nextInt(0xA6D0));
        }
        java.util.Map<String, String> byFirst = new java.util.LinkedHashMap<>();
        for (String first : new String[] {"中", "北", "长", "阿"}) {
            String uscc = newUscc();
            byFirst.put(first, uscc);
            asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"" + marker + first + "有限公司\",\"zone\":\"lanzhou\"}"))
                    .andExpect(status().isCreated());
        }
        // written by a bulk path that leaves the key NULL (as SQL outside the registry does): last until keyed
        String bai = newUscc();
        byFirst.put("白", bai);
        EnterpriseBulkLoader.withoutSortKeys(dataSource).insertEnterprises(java.util.List.of(
                new EnterpriseBulkLoader.NewRow(bai, marker + "白有限公司", "lanzhou", null, null, null, null, null, null, false)));
        assertPages(marker.toString(), "name", byFirst, "阿", "北", "长", "中", "白");
        org.assertj.core.api.Assertions.assertThat(sortKeys.backfill()).isPositive();
        assertPages(marker.toString(), "name", byFirst, "阿", "白", "北", "长", "中");
        // the console's descending order, through the registry
        java.util.List<String> desc = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            registry.list(new cn.gov.gansu.gaoxin.identity.DataScope("t", cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN, null, null, null),
                    new EnterpriseRegistry.Filter(null, marker.toString(), null, null, "-name"),
                    new cn.gov.gansu.gaoxin.shared.web.Paging(page, 2)).items().forEach(e -> desc.add(e.uscc()));
        }
        org.assertj.core.api.Assertions.assertThat(desc).containsExactly(byFirst.get("中"), byFirst.get("长"), byFirst.get("北"),
                byFirst.get("白"), byFirst.get("阿"));
    }

    private void assertPages(String marker, String sort, java.util.Map<String, String> byFirst, String... order) throws Exception {
        for (int page = 0; page * 2 < order.length; page++) {
            var result = asAdmin(get("/api/enterprises?name={n}&sort={s}&page={p}&size=2", marker, sort, page)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(order.length));
            for (int i = 0; i < 2 && page * 2 + i < order.length; i++) {
                result.andExpect(jsonPath("$.items[" + i + "].uscc").value(byFirst.get(order[page * 2 + i])));
            }
        }
    }

    @Test
    @DisplayName("首页看板一次查询五个年末的有效高企数，与逐日查询的结果一致（含到期、续认定的企业）")
    void hntesOnSeveralDatesInOnePassEqualOneQueryPerDate() throws Exception {
        String[] dates = {"2020-11-03", "2022-05-01", "2023-12-01"};
        for (int i = 0; i < dates.length; i++) {
            String uscc = enterpriseIn(i == 0 ? "baiyin" : "lanzhou");
            for (int j = 0; j <= i; j++) { // the last one renewed: two overlapping recognitions count once
                asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\""
                        + (j == 0 ? "FIRST" : "RENEWAL") + "\",\"certificate\":\"GR" + System.nanoTime() % 1_000_000_000 + "\",\"date\":\""
                        + java.time.LocalDate.parse(dates[i]).plusYears(j) + "\"}", uscc)).andExpect(status().is2xxSuccessful());
            }
        }
        var scope = new cn.gov.gansu.gaoxin.identity.DataScope("t", cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN, null, null, null);
        java.util.List<java.time.LocalDate> on = java.util.List.of(java.time.LocalDate.of(2020, 12, 31), java.time.LocalDate.of(2022, 12, 31),
                java.time.LocalDate.of(2023, 12, 31), java.time.LocalDate.of(2024, 12, 31), java.time.LocalDate.of(2026, 6, 30),
                java.time.LocalDate.of(2029, 12, 31));
        var together = registry.countQualifiedByZoneOn(scope, QualificationType.HIGH_TECH_ENTERPRISE, on);
        for (java.time.LocalDate d : on) {
            org.assertj.core.api.Assertions.assertThat(together.get(d)).as("on %s", d)
                    .isEqualTo(registry.countQualifiedByZone(scope, QualificationType.HIGH_TECH_ENTERPRISE, d));
        }
        org.assertj.core.api.Assertions.assertThat(together.get(java.time.LocalDate.of(2022, 12, 31))).containsKeys("baiyin", "lanzhou");
    }

    @Test
    @DisplayName("高新区工作人员只能在本区登记企业，只能看到本区企业")
    void aZoneOfficerWorksOnlyInItsZone() throws Exception {
        String officer = zoneOfficer("jiayuguan");
        String own = newUscc();
        as(officer, post("/api/enterprises", "{\"uscc\":\"" + own + "\",\"name\":\"嘉峪关某公司\",\"zone\":\"jiayuguan\"}"))
                .andExpect(status().isCreated());
        as(officer, post("/api/enterprises", "{\"uscc\":\"" + newUscc() + "\",\"name\":\"越权\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isForbidden());
        String other = enterpriseIn("lanzhou");
        as(officer, get("/api/enterprises/{u}", other)).andExpect(status().isNotFound());
        as(officer, get("/api/enterprises/{u}", own)).andExpect(status().isOk());
        as(officer, get("/api/enterprises?zone=lanzhou&page=0&size=50")).andExpect(status().isForbidden());
        as(officer, get("/api/enterprises?page=0&size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].zone", everyItem(is("jiayuguan"))));
        as(officer, post("/api/enterprises/{u}/qualifications", qualification("GR" + System.nanoTime() % 1_000_000_000), other))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCityOfficerSeesItsCitysZonesOnly() throws Exception {
        String officer = cityOfficer("zhangye-city");
        String inMinle = enterpriseIn("minle");
        String inZhangye = enterpriseIn("zhangye");
        String inLanzhou = enterpriseIn("lanzhou");
        as(officer, get("/api/enterprises/{u}", inMinle)).andExpect(status().isOk());
        as(officer, get("/api/enterprises/{u}", inZhangye)).andExpect(status().isOk());
        as(officer, get("/api/enterprises/{u}", inLanzhou)).andExpect(status().isNotFound());
        as(officer, post("/api/enterprises", "{\"uscc\":\"" + newUscc() + "\",\"name\":\"x\",\"zone\":\"minle\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEnterpriseUserSeesItselfOnly() throws Exception {
        String uscc = enterpriseIn("dingxi");
        String other = enterpriseIn("dingxi");
        String user = user("ENTERPRISE", "enterprise", uscc);
        as(user, get("/api/enterprises/{u}", uscc)).andExpect(status().isOk());
        as(user, get("/api/enterprises/{u}", other)).andExpect(status().isNotFound());
        as(user, get("/api/enterprises?zone=dingxi")).andExpect(status().isForbidden());
        as(user, get("/api/enterprises")).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() throws Exception {
        String auditor = user("AUDITOR", null, null);
        String uscc = enterpriseIn("pingliang");
        as(auditor, get("/api/enterprises/{u}", uscc)).andExpect(status().isOk());
        as(auditor, post("/api/enterprises", "{\"uscc\":\"" + newUscc() + "\",\"name\":\"x\",\"zone\":\"pingliang\"}"))
                .andExpect(status().isForbidden());
        as(auditor, post("/api/enterprises/{u}/qualifications", qualification("GR77" + System.nanoTime() % 100000), uscc))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("记录高企认定：有效期三年，写入审计日志")
    void recordsAQualificationWithItsValidityAndAudit() throws Exception {
        String uscc = enterpriseIn("baiyin");
        String cert = "GR2024620" + (System.nanoTime() % 100000);
        asAdmin(post("/api/enterprises/{u}/qualifications", qualification(cert), uscc)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.validUntil").value("2028-11-02")).andExpect(jsonPath("$.zone").value("baiyin"));
        asAdmin(post("/api/enterprises/{u}/qualifications", qualification(cert), uscc)).andExpect(status().isConflict());
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = :u AND action = 'QUALIFICATION_RECOGNISED'")
                .param("u", uscc).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(audited).isEqualTo(1);
        asAdmin(post("/api/enterprises/{u}/qualifications",
                "{\"qualification\":\"NOBEL\",\"recognition\":\"FIRST\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("qualification")));
        asAdmin(post("/api/enterprises/{u}/qualifications",
                "{\"qualification\":\"TECH_SME\",\"recognition\":\"FIRST\",\"date\":\"2025-13-03\"}", uscc))
                .andExpect(status().isBadRequest());
    }

    @Test
    void movingAnEnterpriseKeepsItsHistory() throws Exception {
        String uscc = enterpriseIn("yumen");
        asAdmin(put("/api/enterprises/{u}/zone", "{\"zone\":\"jinchang\",\"date\":\"2025-01-01\",\"reason\":\"搬迁\"}", uscc))
                .andExpect(status().isOk()).andExpect(jsonPath("$.zone").value("jinchang"));
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(jsonPath("$.memberships.length()").value(2))
                .andExpect(jsonPath("$.memberships[0].zone").value("yumen"))
                .andExpect(jsonPath("$.memberships[0].validTo").value("2025-01-01"));
    }

    @Test
    void statisticsRefuseNegativeFiguresAndKeepMissingOnesMissing() throws Exception {
        String uscc = enterpriseIn("longxi");
        asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":\"-1\"}", uscc)).andExpect(status().isBadRequest());
        asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":1000000.50,\"employees\":30}", uscc))
                .andExpect(status().isOk());
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(jsonPath("$.statistics[0].revenue").value(1000000.50))
                .andExpect(jsonPath("$.statistics[0].rdExpense").value(org.hamcrest.Matchers.nullValue()));
    }

    static String qualification(String certificate) {
        return "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"certificate\":\"" + certificate
                + "\",\"date\":\"2025-11-03\"}";
    }
}
