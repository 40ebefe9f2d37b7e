import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.gansu.gaoxin.client.ApiClient;
import cn.gov.gansu.gaoxin.client.ApiException;
import cn.gov.gansu.gaoxin.client.ApiResponse;
import cn.gov.gansu.gaoxin.client.api.DefaultApi;
import cn.gov.gansu.gaoxin.client.model.AssessmentFact;
import cn.gov.gansu.gaoxin.client.model.AssessmentFinding;
import cn.gov.gansu.gaoxin.client.model.AssessmentRequest;
import cn.gov.gansu.gaoxin.client.model.AssessmentResult;
import cn.gov.gansu.gaoxin.client.model.AwardConfirmation;
import cn.gov.gansu.gaoxin.client.model.AwardDecisionRequest;
import cn.gov.gansu.gaoxin.client.model.AwardDetail;
import cn.gov.gansu.gaoxin.client.model.AwardPage;
import cn.gov.gansu.gaoxin.client.model.AwardPaymentRequest;
import cn.gov.gansu.gaoxin.client.model.AwardPaymentView;
import cn.gov.gansu.gaoxin.client.model.AwardSummary;
import cn.gov.gansu.gaoxin.client.model.BudgetRequest;
import cn.gov.gansu.gaoxin.client.model.EnterpriseDetail;
import cn.gov.gansu.gaoxin.client.model.EnterpriseNewQualification;
import cn.gov.gansu.gaoxin.client.model.EnterprisePage;
import cn.gov.gansu.gaoxin.client.model.EvaluationIndicatorWeight;
import cn.gov.gansu.gaoxin.client.model.EvaluationPreviewRequest;
import cn.gov.gansu.gaoxin.client.model.EvaluationPreviewResult;
import cn.gov.gansu.gaoxin.client.model.EvaluationPreviousResult;
import cn.gov.gansu.gaoxin.client.model.EvaluationZoneScore;
import cn.gov.gansu.gaoxin.client.model.EvaluationZoneValues;
import cn.gov.gansu.gaoxin.client.model.NewAccount;
import cn.gov.gansu.gaoxin.client.model.NewEnterprise;
import cn.gov.gansu.gaoxin.client.model.ProblemDetail;

/**
 * Walks contracts §3–§5 and §7 with the client generated from /v3/api-docs (see README.md): typed
 * requests and responses only, no maps, no JSON parsed by hand; a refusal is read as a ProblemDetail.
 *
 * <pre>java Walkthrough http://localhost:8080 admin ADMIN_PASSWORD</pre>
 * Run against an instance started with --gaoxin.awards.public-notice-days=0 so that an approved award
 * is payable at once.
 */
public class Walkthrough {

    private static final String PASSWORD = "Walk-Through-Pa55!";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new ApiClient().getObjectMapper();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String adminPassword = args.length > 2 ? args[2] : System.getenv("GAOXIN_ADMIN_PASSWORD");
        DefaultApi admin = api(base, args.length > 1 ? args[1] : "admin", adminPassword);
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        // §5 — register an enterprise in baiyin, read it back, list the zone
        String uscc = args.length > 3 ? args[3] : "91620100MA74XQ2F1X";
        try {
            admin.registerEnterprise(new NewEnterprise().uscc(uscc).name("白银示例新材料科技有限公司").zone("baiyin"));
        } catch (ApiException e) {
            ProblemDetail p = problem(admin, e);
            if (p.getStatus() != 409) {
                throw e;
            }
            System.out.println("§5 already registered: " + p.getDetail());
        }
        EnterpriseDetail enterprise = admin.getEnterprise(uscc);
        EnterprisePage inBaiyin = admin.listEnterprises("baiyin", null, null, null, null, 0, 50);
        System.out.printf("§5 %s %s in %s; baiyin lists %d%n", enterprise.getUscc(), enterprise.getName(), enterprise.getZone(),
                inBaiyin.getTotal());

        // §1 — the users who take the award's steps (separation of duties: each takes one step)
        String officer = "walk-zone-" + suffix;
        String company = "walk-ent-" + suffix;
        String finance = "walk-fin-" + suffix;
        admin.createUser(new NewAccount().username(officer).password(PASSWORD).role(NewAccount.RoleEnum.ZONE_OFFICER).zone("baiyin"));
        admin.createUser(new NewAccount().username(company).password(PASSWORD).role(NewAccount.RoleEnum.ENTERPRISE).enterprise(uscc));
        admin.createUser(new NewAccount().username(finance).password(PASSWORD).role(NewAccount.RoleEnum.PROVINCE_FINANCE));

        // §3 — a pure assessment: facts in, findings out
        AssessmentResult assessed = admin.assessPolicy(new AssessmentRequest().facts(List.of(
                new AssessmentFact().id("f1").type(AssessmentFact.TypeEnum.QUALIFICATION_RECOGNISED).enterprise(uscc).zone("baiyin")
                        .qualification(AssessmentFact.QualificationEnum.HIGH_TECH_ENTERPRISE)
                        .recognition(AssessmentFact.RecognitionEnum.FIRST).date(LocalDate.of(2024, 12, 20)),
                new AssessmentFact().id("f2").type(AssessmentFact.TypeEnum.ZONE_APPROVED_NATIONAL).zone("jiayuguan")
                        .date(LocalDate.of(2024, 11, 2)))), null);
        for (AssessmentFinding f : assessed.getFindings()) {
            System.out.printf("§3 %s %s %s %s %s payable %s by %s%n", f.getFact(), f.getOutcome(), f.getLine(), f.getAmountYuan(),
                    f.getAmountType(), f.getPayableYear(), f.getPayer());
        }

        // §4 — an evaluation preview
        EvaluationPreviewResult preview = admin.previewEvaluation(new EvaluationPreviewRequest().year(2025)
                .method(EvaluationPreviewRequest.MethodEnum.TARGET_REFERENCED).passMark(60.0)
                .indicators(List.of(new EvaluationIndicatorWeight().code("NEW_HIGH_TECH_ENTERPRISES").weight(0.4).benchmark(20.0),
                        new EvaluationIndicatorWeight().code("HIGH_TECH_REVENUE_GROWTH").weight(0.3).benchmark(0.15),
                        new EvaluationIndicatorWeight().code("NEW_HIGH_TECH_EMPLOYEES").weight(0.3).benchmark(500.0)))
                .bonusPoints(Map.of("NEW_RD_INSTITUTIONS", 2.0)).bonusCap(10.0).rewardTopN(3).bigDropPlaces(3)
                .zones(List.of(new EvaluationZoneValues().zone("jiayuguan")
                                .values(Map.of("NEW_HIGH_TECH_ENTERPRISES", 12.0, "HIGH_TECH_REVENUE_GROWTH", 0.2, "NEW_HIGH_TECH_EMPLOYEES", 300.0))
                                .bonusCounts(Map.of("NEW_RD_INSTITUTIONS", 1))
                                .previous(new EvaluationPreviousResult().rank(2).passed(true).newHighTechEnterprises(10)),
                        new EvaluationZoneValues().zone("jinchang")
                                .values(Map.of("NEW_HIGH_TECH_ENTERPRISES", 25.0, "HIGH_TECH_REVENUE_GROWTH", 0.1, "NEW_HIGH_TECH_EMPLOYEES", 600.0)))));
        for (EvaluationZoneScore r : preview.getResults()) {
            System.out.printf("§4 %s total %.2f rank %d passed %s %s%n", r.getZone(), r.getTotal(), r.getRank(), r.getPassed(),
                    r.getConsequences());
        }

        // §7 — record the fact; the award appears by itself (免申即享)
        admin.recordQualification(uscc, new EnterpriseNewQualification()
                .qualification(EnterpriseNewQualification.QualificationEnum.HIGH_TECH_ENTERPRISE)
                .recognition(EnterpriseNewQualification.RecognitionEnum.FIRST).certificate("GR2025620" + suffix)
                .date(LocalDate.now().minusDays(3)));
        AwardSummary award = null;
        for (int i = 0; i < 50 && award == null; i++) {
            AwardPage page = admin.listAwards(uscc, null, null, 0, 50);
            award = page.getItems().stream().filter(a -> "NEW_HIGH_TECH_ENTERPRISE".equals(a.getLine())).findFirst().orElse(null);
            if (award == null) {
                Thread.sleep(200);
            }
        }
        if (award == null) {
            throw new IllegalStateException("no award appeared for " + uscc);
        }
        System.out.printf("§7 award %d %s %s %s pending %s%n", award.getId(), award.getLine(), award.getAmountYuan(),
                award.getStatus(), award.getPendingRole());

        admin.setBudget(new BudgetRequest().payer(award.getPayer()).year(award.getPayableYear()).amountYuan("100000000.00"));

        Map<String, DefaultApi> byRole = Map.of("ENTERPRISE", api(base, company, PASSWORD), "ZONE_OFFICER", api(base, officer, PASSWORD),
                "PROVINCE_ADMIN", admin);
        AwardDetail detail = admin.getAward(award.getId());
        while (detail.getPendingRole() != null) {
            String role = detail.getPendingRole().getValue();
            DefaultApi actor = byRole.get(role);
            if (actor == null) {
                throw new IllegalStateException("this walkthrough has no user of role " + role);
            }
            detail = role.equals("ENTERPRISE")
                    ? actor.confirmAward(award.getId(), new AwardConfirmation().bankAccount("6222020200112233445"))
                    : actor.decideAward(award.getId(), new AwardDecisionRequest().decision(AwardDecisionRequest.DecisionEnum.APPROVE)
                            .comment("符合第10条").amountYuan(detail.getAmountYuan()));
            System.out.printf("§7 %s acted: now %s, pending %s%n", role, detail.getStatus(), detail.getPendingRole());
        }

        // Only PROVINCE_FINANCE pays (§8): anyone else gets a problem detail
        try {
            admin.recordPayment(award.getId(), new AwardPaymentRequest().amountYuan(detail.getAmountYuan()), UUID.randomUUID().toString());
        } catch (ApiException e) {
            ProblemDetail p = problem(admin, e);
            System.out.printf("§8 refused: %d %s — %s%n", p.getStatus(), p.getTitle(), p.getDetail());
        }

        DefaultApi treasurer = api(base, finance, PASSWORD);
        String key = UUID.randomUUID().toString();
        ApiResponse<AwardPaymentView> first = treasurer.recordPaymentWithHttpInfo(award.getId(),
                new AwardPaymentRequest().amountYuan(detail.getAmountYuan()), key);
        ApiResponse<AwardPaymentView> again = treasurer.recordPaymentWithHttpInfo(award.getId(),
                new AwardPaymentRequest().amountYuan(detail.getAmountYuan()), key);
        System.out.printf("§7 paid: %d payment %d %s; same key again: %d payment %d%n", first.getStatusCode(),
                first.getData().getId(), first.getData().getAmountYuan(), again.getStatusCode(), again.getData().getId());
        AwardDetail paid = admin.getAward(award.getId());
        System.out.printf("§7 award %d is %s with %d payment(s)%n", paid.getId(), paid.getStatus(), paid.getPayments().size());
    }

    private static DefaultApi api(String base, String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor((HttpRequest.Builder b) -> b.header("Authorization", basic));
        return new DefaultApi(client);
    }

    /** Every error of the API is an RFC 9457 problem detail with a Chinese detail. */
    private static ProblemDetail problem(DefaultApi api, ApiException e) throws Exception {
        return JSON.readValue(e.getResponseBody(), ProblemDetail.class);
    }
}
