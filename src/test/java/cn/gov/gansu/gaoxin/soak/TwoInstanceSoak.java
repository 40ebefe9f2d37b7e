package cn.gov.gansu.gaoxin.soak;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.shared.Uscc;
import com.jayway.jsonpath.JsonPath;

/**
 * 多实例浸泡测试 (issue 14 item 5): two instances of the packaged platform on one PostgreSQL, clients
 * alternating between them. Not part of {@code ./mvnw verify}; run by hand (minutes):
 *
 * <pre>
 * ./mvnw -q -o package -DskipTests     # target/gaoxin.jar
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.soak.TwoInstanceSoak -Dexec.args="180 6 6"
 * </pre>
 *
 * Arguments: seconds of load (180), client threads (6), awards prepared per round (6). PostgreSQL: by
 * default a throw-away server of the binaries in {@code SOAK_PG_BIN} (default
 * {@code /usr/lib/postgresql/15/bin}: Debian's {@code postgresql-15}, whose {@code pg_dump} matches the
 * server), run as the {@code postgres} user when started as root. Or an existing server:
 * {@code SOAK_PG_HOST}, {@code SOAK_PG_PORT}, {@code SOAK_PG_USER}, {@code SOAK_PG_PASSWORD} (a user that may
 * create databases; {@code pg_dump}/{@code pg_restore} from {@code SOAK_PG_BIN} must be of the server's
 * major version). The jar is {@code target/gaoxin.jar} ({@code -Dsoak.jar=…} to change).
 *
 * <p>Per round: the clients prepare awards (registration, 高企 recognition, confirmation, first approval);
 * the budget is raised by half of what they need; then every client races to give the final approval of
 * every pending award, then to pay every approved one (half of them with the same {@code Idempotency-Key},
 * half each with its own), each client on the instance opposite to its neighbour. Once, mid-load, a
 * {@code pg_dump} of an exported snapshot is restored into a fresh database and its ledger compared with
 * the snapshot row by row. A browser session (form sign-in, cookie, CSRF) is opened on one instance and
 * used and ended on the other. The nightly re-scan runs every {@value #RESCAN_SECONDS} s on both
 * instances; each firing must run on one instance only. At the end the database is checked: no award
 * paid twice, the ledger identity of every budget, no budget overspent, the audit chains intact (both
 * instances). Finally the platform is started on the restored dump: with other field keys it must refuse
 * to start, with the right ones it must find the restored audit chains intact. Prints PASS or FAIL with the
 * figures; the exit code is 0 only on PASS. Described with its measured result in docs/operations.md.
 */
public final class TwoInstanceSoak {

    static final int RESCAN_SECONDS = 15;
    static final String ADMIN_PASSWORD = "Soak-Admin-Pa55!";
    static final String PASSWORD = "Soak-User-Pa55!";
    static final int YEAR = 2026;
    static final String PAYER = "PROVINCE_DEPARTMENT";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    final int[] ports = new int[4];
    final AtomicLong requests = new AtomicLong();
    final AtomicLong turn = new AtomicLong();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    final List<String> checks = Collections.synchronizedList(new ArrayList<>());

    int seconds;
    int clients;
    int perRound;
    Path dir;
    String pgBin;
    String pgHost;
    int pgPort;
    String pgUser;
    String pgPassword;
    boolean ownServer;
    String database;
    final String fieldKeys = "soak1:" + Base64.getEncoder().encodeToString(randomKey());

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    public static void main(String[] args) throws Exception {
        TwoInstanceSoak soak = new TwoInstanceSoak();
        soak.seconds = args.length > 0 ? Integer.parseInt(args[0]) : 180;
        soak.clients = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        soak.perRound = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        boolean pass = soak.run();
        System.exit(pass ? 0 : 1);
    }

    boolean run() throws Exception {
        Instant began = Instant.now();
        dir = Files.createTempDirectory("gaoxin-soak-");
        pgBin = env("SOAK_PG_BIN", "/usr/lib/postgresql/15/bin");
        List<Process> instances = new ArrayList<>();
        try {
            startPostgres();
            database = "gaoxin_soak_" + System.currentTimeMillis() % 100000;
            admin("CREATE DATABASE " + database);
            ports[0] = freePort();
            ports[1] = freePort();
            // both at once: Flyway, the admin bootstrap and the first scheduled runs meet on one database
            instances.add(startInstance(0));
            instances.add(startInstance(1));
            awaitHealthy(instances.get(0), 0);
            awaitHealthy(instances.get(1), 1);
            log("两个实例已启动：:%d 与 :%d，数据库 %s（PostgreSQL %s）", ports[0], ports[1], database, serverVersion());
            Instant loadStart = Instant.now();
            load();
            Instant loadEnd = Instant.now();
            sessionAcrossInstances("结束时");
            achievementAcrossInstances();
            verifyDatabase();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> v = send(i, "admin", ADMIN_PASSWORD, "GET", "/api/audit/verification", null);
                boolean intact = v.statusCode() == 200 && Boolean.TRUE.equals(JsonPath.read(v.body(), "$.intact"));
                check(intact, "审计哈希链完整（实例%s：%s）", name(i), v.statusCode() == 200 ? "intact" : v.statusCode());
            }
            for (Process p : instances) {
                p.destroy();                             // SIGTERM: graceful shutdown, logs flushed
            }
            for (Process p : instances) {
                p.waitFor();
            }
            nightlyJob(loadStart, loadEnd);
            restoredDatabaseServes(instances);
            check(unexpected.isEmpty(), "没有意外的答复（5xx 或契约外状态码）：%d 个", unexpected.size());
            return summary(began);
        } finally {
            for (Process p : instances) {
                p.destroyForcibly();
            }
            stopPostgres();
        }
    }

    // ------------------------------------------------------------------ the load

    final Map<Long, String> amounts = new ConcurrentHashMap<>();
    final Set<Long> pendingFinal = ConcurrentHashMap.newKeySet();
    final Set<Long> approved = ConcurrentHashMap.newKeySet();
    final Set<Long> paid = ConcurrentHashMap.newKeySet();
    final AtomicInteger races = new AtomicInteger();
    final AtomicLong approvalConflicts = new AtomicLong();
    final AtomicLong approvalRefusals = new AtomicLong();
    final AtomicLong paymentConflicts = new AtomicLong();
    final AtomicLong paymentReplays = new AtomicLong();
    final AtomicLong approvalsWon = new AtomicLong();
    final AtomicLong paymentsMade = new AtomicLong();
    final AtomicReference<String> dumpResult = new AtomicReference<>();
    String zoneA;
    String zoneB;
    String[] deciders;
    String[] finance;

    void load() throws Exception {
        zoneA = createUser("ZONE_OFFICER", "lanzhou");
        zoneB = createUser("ZONE_OFFICER", "lanzhou");
        deciders = new String[] {createUser("PROVINCE_ADMIN", null), createUser("PROVINCE_ADMIN", null)};
        finance = new String[] {createUser("PROVINCE_FINANCE", null), createUser("PROVINCE_FINANCE", null)};
        sessionAcrossInstances("负载前");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long dumpAt = System.nanoTime() + Duration.ofSeconds(seconds).toNanos() / 2;
        Thread dumper = null;
        BigDecimal budget = BigDecimal.ZERO;
        int round = 0;
        try {
            while (System.nanoTime() < deadline) {
                round++;
                prepare(pool, round);
                // the budget grows by all but half a round of what the pending awards need: those wait (409) for the next round
                BigDecimal need = BigDecimal.ZERO;
                for (Long id : pendingFinal) {
                    need = need.max(new BigDecimal(amounts.get(id)));
                }
                budget = budget.add(need.multiply(BigDecimal.valueOf(Math.max(1, pendingFinal.size() - perRound / 2))));
                HttpResponse<String> b = send(next(), "admin", ADMIN_PASSWORD, "POST", "/api/budgets",
                        "{\"payer\":\"" + PAYER + "\",\"year\":" + YEAR + ",\"amountYuan\":\"" + budget.toPlainString() + "\"}");
                expect(b, "budget", 200, 201);
                raceApprovals(pool);
                racePayments(pool);
                if (dumper == null && System.nanoTime() >= dumpAt) {
                    dumper = new Thread(this::dumpAndRestore, "pg_dump");
                    dumper.start();                      // while the next rounds keep writing
                }
                if (round % 3 == 0) {
                    log("第%d轮：请求 %d，已批准 %d，已支付 %d，待终审 %d", round, requests.get(), approved.size() + paid.size(),
                            paid.size(), pendingFinal.size());
                }
            }
            if (dumper == null) {
                dumper = new Thread(this::dumpAndRestore, "pg_dump");
                dumper.start();
            }
            dumper.join();
        } finally {
            pool.shutdownNow();
        }
        log("负载结束：%d 轮", round);
        this.rounds = round;
    }

    int rounds;

    /** perRound new awards, each walked to the province's final approval (pending PROVINCE_ADMIN). */
    void prepare(ExecutorService pool, int round) throws Exception {
        List<Future<?>> work = new ArrayList<>();
        for (int a = 0; a < perRound; a++) {
            long seed = round * 1000L + a;
            work.add(pool.submit(() -> {
                try {
                    Random random = new Random(seed);
                    String uscc = register(random);
                    if (uscc == null) {
                        return null;
                    }
                    expect(send(next(), "admin", ADMIN_PASSWORD, "POST", "/api/enterprises/" + uscc + "/qualifications",
                            "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"certificate\":\"GR2025620"
                                    + (10000 + random.nextInt(89999)) + "\",\"date\":\"2025-11-03\"}"), "qualification", 201);
                    HttpResponse<String> list = send(next(), "admin", ADMIN_PASSWORD, "GET", "/api/awards?beneficiary=" + uscc, null);
                    expect(list, "award list", 200);
                    List<Number> ids = JsonPath.read(list.body(), "$.items[*].id");
                    if (ids.isEmpty()) {
                        failures.add("高企认定后没有出现奖补：" + uscc);
                        return null;
                    }
                    long id = ids.get(0).longValue();
                    amounts.put(id, JsonPath.read(list.body(), "$.items[0].amountYuan"));
                    expect(send(next(), zoneA, PASSWORD, "POST", "/api/awards/" + id + "/confirmation",
                            "{\"bankAccount\":\"6222020200112233445\"}"), "confirmation", 200, 201);
                    expect(send(next(), zoneB, PASSWORD, "POST", "/api/awards/" + id + "/decisions",
                            "{\"decision\":\"APPROVE\",\"comment\":\"初审通过\"}"), "first approval", 200, 201);
                    HttpResponse<String> one = send(next(), "admin", ADMIN_PASSWORD, "GET", "/api/awards/" + id, null);
                    expect(one, "award", 200);
                    if ("PROVINCE_ADMIN".equals(JsonPath.read(one.body(), "$.pendingRole"))) {
                        pendingFinal.add(id);
                    } else {
                        failures.add("奖补 " + id + " 初审后待办角色不是 PROVINCE_ADMIN：" + JsonPath.read(one.body(), "$.pendingRole"));
                    }
                } catch (RuntimeException | IOException | InterruptedException e) {
                    unexpected.add("prepare: " + e);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
    }

    /** Every client approves every pending award at once, on alternating instances, as one of two province admins. */
    void raceApprovals(ExecutorService pool) throws Exception {
        List<Long> targets = new ArrayList<>(pendingFinal);
        if (targets.isEmpty()) {
            return;
        }
        races.addAndGet(targets.size());
        Map<Long, AtomicInteger> wins = new ConcurrentHashMap<>();
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            work.add(pool.submit(() -> {
                List<Long> order = new ArrayList<>(targets);
                Collections.shuffle(order, new Random(client));
                gate.await();
                for (int i = 0; i < order.size(); i++) {
                    long id = order.get(i);
                    HttpResponse<String> r = send((client + i) % 2, deciders[client % 2], PASSWORD, "POST",
                            "/api/awards/" + id + "/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意（浸泡测试）\"}");
                    switch (r.statusCode()) {
                        case 200, 201 -> wins.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                        case 409 -> approvalConflicts.incrementAndGet();
                        case 403 -> approvalRefusals.incrementAndGet();
                        default -> unexpected.add("approval " + id + " → " + r.statusCode() + " " + abbreviate(r.body()));
                    }
                }
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        for (Map.Entry<Long, AtomicInteger> w : wins.entrySet()) {
            approvalsWon.incrementAndGet();
            if (w.getValue().get() > 1) {
                failures.add("奖补 " + w.getKey() + " 的终审被接受了 " + w.getValue().get() + " 次");
            }
            pendingFinal.remove(w.getKey());
            approved.add(w.getKey());
        }
    }

    /**
     * Every client pays every approved award at once: even clients with the award's shared key, odd ones
     * each with a key of its own; exactly one payment must result, the shared key's answers all name it.
     */
    void racePayments(ExecutorService pool) throws Exception {
        List<Long> targets = new ArrayList<>(approved);
        if (targets.isEmpty()) {
            return;
        }
        races.addAndGet(targets.size());
        Map<Long, Set<Long>> paymentIds = new ConcurrentHashMap<>();
        Map<Long, AtomicInteger> created = new ConcurrentHashMap<>();
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            work.add(pool.submit(() -> {
                List<Long> order = new ArrayList<>(targets);
                Collections.shuffle(order, new Random(100 + client));
                gate.await();
                for (int i = 0; i < order.size(); i++) {
                    long id = order.get(i);
                    String key = client % 2 == 0 ? "soak-" + id : "soak-" + id + "-client-" + client;
                    HttpResponse<String> r = send((client + i + 1) % 2, finance[client % 2], PASSWORD, "POST",
                            "/api/awards/" + id + "/payments", "{\"amountYuan\":\"" + amounts.get(id) + "\"}", "Idempotency-Key", key);
                    switch (r.statusCode()) {
                        case 200, 201 -> {
                            paymentIds.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet())
                                    .add(((Number) JsonPath.read(r.body(), "$.id")).longValue());
                            if (r.statusCode() == 201) {
                                created.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                            } else {
                                paymentReplays.incrementAndGet();
                            }
                        }
                        case 409 -> paymentConflicts.incrementAndGet();
                        default -> unexpected.add("payment " + id + " → " + r.statusCode() + " " + abbreviate(r.body()));
                    }
                }
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        for (Long id : targets) {
            Set<Long> ids = paymentIds.getOrDefault(id, Set.of());
            int made = created.getOrDefault(id, new AtomicInteger()).get();
            if (ids.size() != 1 || made > 1) {
                failures.add("奖补 " + id + "：答复中的支付 " + ids + "，201 共 " + made + " 次");
            }
            if (!ids.isEmpty()) {
                paymentsMade.incrementAndGet();
                approved.remove(id);
                paid.add(id);
            }
        }
    }

    String register(Random random) throws IOException, InterruptedException {
        String uscc = randomUscc(random);
        HttpResponse<String> r = send(next(), "admin", ADMIN_PASSWORD, "POST", "/api/enterprises",
                "{\"uscc\":\"" + uscc + "\",\"name\":\"浸泡测试科技有限公司" + uscc.substring(8, 17) + "\",\"zone\":\"lanzhou\"}");
        if (r.statusCode() == 409) {
            return null;
        }
        expect(r, "registration", 201);
        return uscc;
    }

    // ------------------------------------------------------------------ a browser session across instances

    /**
     * Form sign-in on one instance; the first-sign-in password change (a CSRF-protected form) on the other;
     * the home page on the first; sign-out on the second with a token the first rendered; the first then
     * sends the browser back to the sign-in page. Every step needs the session stored by the other instance.
     */
    void sessionAcrossInstances(String when) throws Exception {
        int a = (int) (turn.get() % 2);
        int b = 1 - a;
        String user = createUser("PROVINCE_ADMIN", null);
        List<String> steps = new ArrayList<>();
        HttpResponse<String> loginPage = get(a, "/login", null);
        String cookie = cookie(loginPage, null);
        HttpResponse<String> login = post(a, "/login", cookie, "username=" + user + "&password=" + enc(PASSWORD) + "&_csrf="
                + enc(csrf(loginPage.body())));
        cookie = cookie(login, cookie);
        boolean ok = login.statusCode() == 302 && !location(login).contains("/login");
        steps.add(name(a) + "登录 " + login.statusCode() + "→" + location(login));
        HttpResponse<String> form = get(b, "/account/password", cookie);
        ok &= form.statusCode() == 200;
        steps.add(name(b) + "改密页 " + form.statusCode());
        String newPassword = PASSWORD + "-2";
        HttpResponse<String> changed = post(b, "/account/password", cookie, "currentPassword=" + enc(PASSWORD) + "&newPassword="
                + enc(newPassword) + "&confirmPassword=" + enc(newPassword) + "&_csrf=" + enc(csrf(form.body())));
        cookie = cookie(changed, cookie);
        ok &= changed.statusCode() == 302 && !location(changed).contains("password") && !location(changed).contains("login");
        steps.add(name(b) + "改密 " + changed.statusCode() + "→" + location(changed));
        HttpResponse<String> home = get(a, "/", cookie);
        ok &= home.statusCode() == 200 && home.body().contains(user);
        steps.add(name(a) + "首页 " + home.statusCode());
        HttpResponse<String> api = get(b, "/api/budgets?year=" + YEAR, cookie);
        ok &= api.statusCode() == 200;
        steps.add(name(b) + "会话调用API " + api.statusCode());
        HttpResponse<String> logout = post(b, "/logout", cookie, "_csrf=" + enc(csrf(home.body())));
        ok &= logout.statusCode() == 302 && location(logout).contains("/login?logout");
        steps.add(name(b) + "带" + name(a) + "页面的CSRF令牌退出 " + logout.statusCode() + "→" + location(logout));
        HttpResponse<String> after = get(a, "/", cookie);
        ok &= after.statusCode() == 302 && location(after).contains("/login");
        steps.add(name(a) + "再访问 " + after.statusCode() + "→" + location(after));
        check(ok, "网页会话跨实例（%s，Spring Session JDBC）：%s", when, String.join("，", steps));
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    HttpResponse<String> get(int instance, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return count(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(int instance, String path, String cookie, String form) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return count(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    static String cookie(HttpResponse<String> r, String previous) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith("SESSION=") || c.startsWith("JSESSIONID=")) {
                return c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        return previous;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An achievement recorded on one instance is matched at once for a demand on the other (contracts §11). */
    void achievementAcrossInstances() throws Exception {
        String uscc = register(new Random(System.nanoTime()));
        HttpResponse<String> a = send(0, "admin", ADMIN_PASSWORD, "POST", "/api/achievements",
                "{\"title\":\"全钒液流电池电堆集成技术\",\"summary\":\"钒液流电池储能电堆与系统集成。\",\"owner\":\"兰州大学\",\"field\":\"新能源\"}");
        expect(a, "achievement", 201);
        long achievement = ((Number) JsonPath.read(a.body(), "$.id")).longValue();
        HttpResponse<String> d = send(1, "admin", ADMIN_PASSWORD, "POST", "/api/demands", "{\"enterprise\":\"" + uscc
                + "\",\"title\":\"寻求钒液流电池电堆技术\",\"description\":\"需要全钒液流电池电堆与储能系统集成技术。\"}");
        expect(d, "demand", 201);
        HttpResponse<String> m = send(1, "admin", ADMIN_PASSWORD, "GET", "/api/demands/" + JsonPath.read(d.body(), "$.id") + "/matches?size=10", null);
        List<Number> ids = m.statusCode() == 200 ? JsonPath.read(m.body(), "$.items[*].achievement") : List.of();
        check(ids.stream().anyMatch(id -> id.longValue() == achievement), "成果匹配跨实例：实例A记录的成果 %d，实例B的匹配结果 %s", achievement, ids);
    }

    /**
     * After the load: the platform started on the restored dump with other field keys (as an instance with a key
     * file of its own would be) refuses to start; started with the right keys it serves, and its audit
     * verification finds the restored hash chains intact.
     */
    void restoredDatabaseServes(List<Process> instances) throws Exception {
        if (!dumped) {
            return;
        }
        String restored = database + "_restored";
        ports[2] = freePort();
        Process wrong = startInstance(2, restored, "soak1:" + Base64.getEncoder().encodeToString(randomKey()));
        instances.add(wrong);
        boolean exited = wrong.waitFor(240, java.util.concurrent.TimeUnit.SECONDS);
        String log = Files.readString(dir.resolve("instance-2.log"));
        check(exited && wrong.exitValue() != 0 && log.contains("GAOXIN_FIELD_KEYS"),
                "以其他敏感字段密钥启动的实例拒绝启动（%s）", exited ? "退出码 " + wrong.exitValue() : "240秒内未退出");
        ports[3] = freePort();
        Process right = startInstance(3, restored, fieldKeys);
        instances.add(right);
        awaitHealthy(right, 3);
        HttpResponse<String> v = send(3, "admin", ADMIN_PASSWORD, "GET", "/api/audit/verification", null);
        boolean intact = v.statusCode() == 200 && Boolean.TRUE.equals(JsonPath.read(v.body(), "$.intact"));
        check(intact, "在恢复的数据库上启动的实例：审计哈希链完整（%s）", v.statusCode() == 200 ? "intact" : v.statusCode());
        right.destroy();
        right.waitFor();
    }

    volatile boolean dumped;

    // ------------------------------------------------------------------ pg_dump during the load

    /**
     * Exports a snapshot (REPEATABLE READ), dumps exactly that snapshot with {@code pg_dump --snapshot},
     * restores it into a fresh database and compares the ledger tables row by row with what the snapshot
     * shows; then checks that the live database still holds every dumped row of the append-only tables.
     */
    void dumpAndRestore() {
        String[][] tables = {{"budget", "payer, budget_year"}, {"budget_ledger", "id"}, {"payment", "id"},
                {"award_event", "id"}, {"award", "id"}, {"hash_chain_head", "table_name"}, {"audit_log", "id"}};
        try (Connection live = connect(database)) {
            live.setAutoCommit(false);
            live.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = live.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            Map<String, List<String>> atSnapshot = new LinkedHashMap<>();
            for (String[] t : tables) {
                atSnapshot.put(t[0], rows(live, t[0], t[1]));
            }
            Path file = dir.resolve("gaoxin.dump");
            long t0 = System.nanoTime();
            runTool(List.of(pgBin + "/pg_dump", "-h", pgHost, "-p", String.valueOf(pgPort), "-U", pgUser, "-Fc",
                    "--snapshot=" + snapshot, "-f", file.toString(), database));
            long dumpMillis = (System.nanoTime() - t0) / 1_000_000;
            live.commit();
            String restored = database + "_restored";
            admin("CREATE DATABASE " + restored);
            runTool(List.of(pgBin + "/pg_restore", "-h", pgHost, "-p", String.valueOf(pgPort), "-U", pgUser, "--no-owner",
                    "--exit-on-error", "-d", restored, file.toString()));
            dumped = true;
            List<String> differences = new ArrayList<>();
            StringBuilder counts = new StringBuilder();
            try (Connection r = connect(restored)) {
                for (String[] t : tables) {
                    List<String> back = rows(r, t[0], t[1]);
                    counts.append(t[0]).append(' ').append(back.size()).append("; ");
                    if (!back.equals(atSnapshot.get(t[0]))) {
                        differences.add(t[0] + "（快照 " + atSnapshot.get(t[0]).size() + " 行，恢复 " + back.size() + " 行）");
                    }
                }
                differences.addAll(ledgerProblems(r));
            }
            live.setAutoCommit(true);
            for (String t : List.of("budget_ledger", "payment", "award_event", "audit_log")) {
                Set<String> now = new HashSet<>(rows(live, t, "id"));
                long missing = atSnapshot.get(t).stream().filter(row -> !now.contains(row)).count();
                if (missing > 0) {
                    differences.add(t + "：导出的 " + missing + " 行在运行中的数据库里已不存在或被改动");
                }
            }
            dumpResult.set(String.format("pg_dump（%d ms，%d KB）恢复后与快照逐行相同：%s%s", dumpMillis, Files.size(file) / 1024, counts,
                    differences.isEmpty() ? "" : " 差异：" + differences));
            check(differences.isEmpty(), "%s", dumpResult.get());
        } catch (Exception e) {
            check(false, "pg_dump/恢复失败：%s", e);
        }
    }

    static List<String> rows(Connection c, String table, String order) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ checks from the database

    void verifyDatabase() throws SQLException {
        try (Connection c = connect(database)) {
            List<String> problems = ledgerProblems(c);
            long payments = single(c, "SELECT count(*) FROM payment");
            long reservations = single(c, "SELECT count(*) FROM budget_ledger WHERE kind = 'RESERVATION'");
            check(problems.isEmpty(), "数据库核对：支付 %d 笔、预留 %d 笔；无重复支付，预算未超支，台账恒等式成立%s", payments, reservations,
                    problems.isEmpty() ? "" : "：" + problems);
            check(payments == paymentsMade.get(), "数据库的支付笔数 %d 等于客户端确认的支付 %d", payments, paymentsMade.get());
        }
    }

    /** No award paid twice; every budget: reserved = Σ reservations − Σ releases, paid = Σ payments, paid ≤ reserved ≤ amount. */
    static List<String> ledgerProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (single(c, "SELECT count(*) FROM (SELECT award_id FROM payment GROUP BY award_id HAVING count(*) > 1) x") > 0) {
            problems.add("有奖补被支付两次");
        }
        if (single(c, "SELECT count(*) FROM (SELECT award_id FROM budget_ledger WHERE kind = 'PAYMENT' GROUP BY award_id HAVING count(*) > 1) x") > 0) {
            problems.add("台账中有奖补记了两次支付");
        }
        if (single(c, "SELECT count(*) FROM (SELECT award_id FROM budget_ledger WHERE kind = 'RESERVATION' GROUP BY award_id HAVING count(*) > 1) x") > 0) {
            problems.add("台账中有奖补预留了两次");
        }
        long paidAwards = single(c, "SELECT count(*) FROM award WHERE status = 'PAID'");
        long payments = single(c, "SELECT count(*) FROM payment");
        if (paidAwards != payments || single(c, "SELECT count(*) FROM payment p JOIN award a ON a.id = p.award_id WHERE a.status <> 'PAID'") > 0) {
            problems.add("已支付奖补 " + paidAwards + " 个，支付 " + payments + " 笔");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT b.payer, b.budget_year, b.amount, b.reserved, b.paid, "
                + "(SELECT COALESCE(SUM(CASE WHEN l.kind = 'RESERVATION' THEN l.amount WHEN l.kind = 'RELEASE' THEN -l.amount ELSE 0 END), 0) "
                + "FROM budget_ledger l WHERE l.payer = b.payer AND l.budget_year = b.budget_year), "
                + "(SELECT COALESCE(SUM(l.amount), 0) FROM budget_ledger l WHERE l.payer = b.payer AND l.budget_year = b.budget_year AND l.kind = 'PAYMENT'), "
                + "(SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.payer = b.payer AND p.budget_year = b.budget_year), "
                + "(SELECT COALESCE(SUM(a.amount), 0) FROM award a WHERE a.payer = b.payer AND a.payable_year = b.budget_year "
                + "AND a.status IN ('APPROVED', 'PAID')) FROM budget b")) {
            while (rs.next()) {
                String budget = rs.getString(1) + "/" + rs.getInt(2);
                BigDecimal amount = rs.getBigDecimal(3);
                BigDecimal reserved = rs.getBigDecimal(4);
                BigDecimal paidSum = rs.getBigDecimal(5);
                if (reserved.compareTo(amount) > 0 || paidSum.compareTo(reserved) > 0) {
                    problems.add(budget + " 超支：预算 " + amount + "，预留 " + reserved + "，已付 " + paidSum);
                }
                if (reserved.compareTo(rs.getBigDecimal(6)) != 0 || paidSum.compareTo(rs.getBigDecimal(7)) != 0
                        || paidSum.compareTo(rs.getBigDecimal(8)) != 0 || reserved.compareTo(rs.getBigDecimal(9)) != 0) {
                    problems.add(budget + " 台账不平：预留 " + reserved + " / 台账 " + rs.getBigDecimal(6) + " / 奖补 " + rs.getBigDecimal(9)
                            + "；已付 " + paidSum + " / 台账 " + rs.getBigDecimal(7) + " / 支付 " + rs.getBigDecimal(8));
                }
            }
        }
        return problems;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------ the nightly job

    static final Pattern RUN = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\S*\\s.*免申即享夜间复核：");

    /** Each firing of the re-scan's schedule (every RESCAN_SECONDS s on both instances) ran on exactly one instance. */
    void nightlyJob(Instant loadStart, Instant loadEnd) throws IOException {
        Map<Long, List<String>> bySlot = new TreeMap<>();
        for (int i = 0; i < 2; i++) {
            for (String line : Files.readAllLines(dir.resolve("instance-" + i + ".log"))) {
                Matcher m = RUN.matcher(line);
                if (m.find()) {
                    long at = LocalDateTime.parse(m.group(1)).toEpochSecond(ZoneOffset.UTC);
                    bySlot.computeIfAbsent(at / RESCAN_SECONDS, k -> new ArrayList<>()).add(name(i) + "@" + m.group(1).substring(11));
                }
            }
        }
        long firings = (loadEnd.getEpochSecond() - loadStart.getEpochSecond()) / RESCAN_SECONDS;
        List<String> twice = bySlot.values().stream().filter(runs -> runs.size() > 1).map(String::valueOf).toList();
        long covered = bySlot.keySet().stream()
                .filter(slot -> slot * RESCAN_SECONDS >= loadStart.getEpochSecond() && slot * RESCAN_SECONDS < loadEnd.getEpochSecond())
                .count();
        long onA = bySlot.values().stream().flatMap(List::stream).filter(s -> s.startsWith(name(0))).count();
        check(twice.isEmpty() && covered >= Math.max(1, firings - 1),
                "夜间复核（每%d秒触发，两个实例都排了班）：%d 次触发执行了 %d 次（实例A %d，实例B %d），负载期间应触发约 %d 次%s", RESCAN_SECONDS,
                bySlot.size(), bySlot.values().stream().mapToInt(List::size).sum(), onA,
                bySlot.values().stream().mapToInt(List::size).sum() - onA, firings, twice.isEmpty() ? "" : "；重复执行：" + twice);
    }

    // ------------------------------------------------------------------ processes

    void startPostgres() throws Exception {
        String host = System.getenv("SOAK_PG_HOST");
        if (host != null) {
            ownServer = false;
            pgHost = host;
            pgPort = Integer.parseInt(env("SOAK_PG_PORT", "5432"));
            pgUser = env("SOAK_PG_USER", "postgres");
            pgPassword = env("SOAK_PG_PASSWORD", "");
            return;
        }
        ownServer = true;
        pgHost = "localhost";
        pgPort = freePort();
        pgUser = "postgres";
        pgPassword = "";
        Path data = dir.resolve("pgdata");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            runTool(List.of("chown", "postgres", dir.toString()));
        }
        runTool(asPostgres(root, pgBin + "/initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C"));
        // production settings left at their defaults (fsync, synchronous_commit on: docs/durability.md)
        runTool(asPostgres(root, pgBin + "/pg_ctl", "-D", data.toString(), "-l", dir.resolve("postgres.log").toString(), "-w",
                "-o", "-p " + pgPort + " -c listen_addresses=localhost -k " + dir + " -c max_connections=100", "start"));
    }

    void stopPostgres() {
        try {
            if (ownServer) {
                boolean root = "root".equals(System.getProperty("user.name"));
                runTool(asPostgres(root, pgBin + "/pg_ctl", "-D", dir.resolve("pgdata").toString(), "-m", "fast", "-w", "stop"));
            }
            if (!Boolean.getBoolean("soak.keep")) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } else {
                log("保留了 %s（实例日志、转储）", dir);
            }
        } catch (Exception e) {
            log("清理失败：%s", e);
        }
    }

    static List<String> asPostgres(boolean root, String... command) {
        List<String> c = new ArrayList<>();
        if (root) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    void runTool(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (pgPassword != null && !pgPassword.isEmpty()) {
            pb.environment().put("PGPASSWORD", pgPassword);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + ": " + out);
        }
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db, pgUser, pgPassword);
    }

    void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    String serverVersion() throws SQLException {
        try (Connection c = connect(database)) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Each instance in a working directory of its own (two machines); the same field keys for both (docs/operations.md). */
    Process startInstance(int i) throws IOException {
        return startInstance(i, database, fieldKeys);
    }

    Process startInstance(int i, String db, String keys) throws IOException {
        Path work = Files.createDirectories(dir.resolve("instance-" + i));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of(System.getProperty("soak.jar", "target/gaoxin.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -q -o package -DskipTests first");
        }
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + ports[i], "--spring.profiles.active=postgres", "--gaoxin.awards.public-notice-days=0",
                "--gaoxin.policy.rescan-cron=*/" + RESCAN_SECONDS + " * * * * *", "--logging.level.root=WARN",
                "--logging.level.cn.gov.gansu.gaoxin.policy.NightlyRescan=INFO", "--spring.main.banner-mode=off")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("instance-" + i + ".log").toFile());
        pb.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db);
        pb.environment().put("SPRING_DATASOURCE_USERNAME", pgUser);
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", pgPassword);
        pb.environment().put("GAOXIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("GAOXIN_FIELD_KEYS", keys);
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        pb.environment().put("TZ", "UTC");
        return pb.start();
    }

    void awaitHealthy(Process app, int i) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("实例" + name(i) + "退出（" + app.exitValue() + "）：\n"
                        + tail(dir.resolve("instance-" + i + ".log")));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(i, "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("实例" + name(i) + "在240秒内未启动");
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    // ------------------------------------------------------------------ HTTP

    int next() {
        return (int) (turn.getAndIncrement() % 2);
    }

    URI uri(int instance, String path) {
        return URI.create("http://localhost:" + ports[instance] + path);
    }

    static String name(int i) {
        return String.valueOf((char) ('A' + i));
    }

    String createUser(String role, String zone) throws Exception {
        String user = "soak-" + role.toLowerCase().replace('_', '-') + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        expect(send(next(), "admin", ADMIN_PASSWORD, "POST", "/api/admin/users", "{\"username\":\"" + user + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"" + role + "\"" + (zone == null ? "" : ",\"zone\":\"" + zone + "\"") + "}"), "user " + user, 201);
        return user;
    }

    HttpResponse<String> send(int instance, String user, String password, String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return count(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> count(HttpResponse<String> r) {
        requests.incrementAndGet();
        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
        if (r.statusCode() >= 500) {
            unexpected.add(r.request().method() + " " + r.uri().getPath() + " → " + r.statusCode() + " " + abbreviate(r.body()));
        }
        return r;
    }

    void expect(HttpResponse<String> r, String what, int... codes) {
        for (int c : codes) {
            if (r.statusCode() == c) {
                return;
            }
        }
        throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    void check(boolean ok, String format, Object... args) {
        String line = (ok ? "PASS  " : "FAIL  ") + String.format(format, args);
        checks.add(line);
        log("%s", line);
    }

    boolean summary(Instant began) {
        Duration took = Duration.between(began, Instant.now());
        boolean pass = checks.stream().allMatch(c -> c.startsWith("PASS")) && failures.isEmpty() && unexpected.isEmpty();
        System.out.println();
        System.out.println("================ 双实例浸泡测试 / two-instance soak ================");
        System.out.printf("负载 %d s，客户端 %d，每轮新奖补 %d，共 %d 轮；总用时 %d s%n", seconds, clients, perRound, rounds, took.toSeconds());
        System.out.printf("请求 %d（状态码 %s）%n", requests.get(), new TreeMap<>(statuses));
        System.out.printf("竞争 %d 次（每次 %d 个客户端同时审批或支付同一奖补，跨两个实例）%n", races.get(), clients);
        System.out.printf("终审：成功 %d，409 冲突 %d，403 拒绝 %d；支付：成功 %d，同键重放 %d，409 冲突 %d%n", approvalsWon.get(),
                approvalConflicts.get(), approvalRefusals.get(), paymentsMade.get(), paymentReplays.get(), paymentConflicts.get());
        checks.forEach(System.out::println);
        failures.forEach(f -> System.out.println("FAIL  " + f));
        unexpected.stream().limit(20).forEach(u -> System.out.println("意外  " + u));
        System.out.println(pass ? "PASS" : "FAIL");
        return pass;
    }

    static void log(String format, Object... args) {
        System.out.printf("[soak %s] %s%n", LocalDateTime.now(ZoneOffset.UTC).toLocalTime().withNano(0), String.format(format, args));
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    static String randomUscc(Random random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder("91620100");
        for (int i = 0; i < 9; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return Uscc.withCheckCharacter(body.toString()).value();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
