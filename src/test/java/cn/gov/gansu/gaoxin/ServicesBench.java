package cn.gov.gansu.gaoxin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import cn.gov.gansu.gaoxin.commissioner.dispatch.DispatchPlanner;
import cn.gov.gansu.gaoxin.transfer.matching.AchievementIndex;
import cn.gov.gansu.gaoxin.transfer.matching.ChineseText;

/**
 * Benchmark of the services (issue 11): index N achievements, match M demands top-10 each, and
 * dispatch C commissioners to K needs in 11 zones. Not a test; run by hand:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gov.gansu.gaoxin.ServicesBench -Dexec.args="100000 10000 500 5000"}.
 * Synthetic text from the domain lexicon and common words; seeded, so runs compare.
 */
public final class ServicesBench {

    private static final String[] TERMS = {"锂电池", "正极材料", "负极材料", "新材料", "生物医药", "中医药", "中药材", "装备制造", "智能制造",
        "有色金属", "铝合金", "镁合金", "钛合金", "稀土材料", "光伏组件", "风电装备", "氢能", "储能", "燃料电池", "电解液", "复合材料",
        "碳纤维", "工业机器人", "数控机床", "传感器", "物联网", "大数据", "人工智能", "马铃薯", "种业", "节水灌溉", "冷链物流", "食品加工",
        "煤化工", "石油化工", "精细化工", "废水处理", "固废利用", "医疗器械", "疫苗", "创新药", "中药饮片"};
    private static final String[] WORDS = {"高效", "低成本", "制备", "工艺", "装置", "系统", "检测", "在线", "绿色", "回收", "提纯",
        "改性", "集成", "控制", "监测", "优化", "设计", "平台", "规模化", "产业化", "示范", "关键", "工程", "新型", "智能", "节能"};
    private static final String[] FIELDS = {"新材料", "生物医药", "装备制造", "智能制造", "新能源", "有色金属", "农产品加工", "能源化工",
        "石油化工", "中医药", "电子信息", "节能环保", "现代农业", "循环化工", "材料化工", "医药研发", "新能源电池", "生态建材", "铝冶炼", "信息技术"};
    private static final String[] ZONES = {"lanzhou", "baiyin", "jiayuguan", "jinchang", "zhangye", "pingliang", "dingxi", "minle",
        "yumen", "longxi", "qingcheng"};

    private ServicesBench() {
    }

    public static void main(String[] args) {
        int achievements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int demands = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int commissioners = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int needs = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        Random r = new Random(20261130);
        System.out.printf("ServicesBench: %,d achievements, %,d demands, %,d commissioners, %,d needs; %d cores, max heap %,d MB%n",
                achievements, demands, commissioners, needs, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        System.out.printf("load average at start: %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ChineseText text = new ChineseText();
        try (AchievementIndex index = new AchievementIndex(text)) {
            long t0 = System.nanoTime();
            for (int i = 1; i <= achievements; i++) {
                index.add(i, sentence(r, 2, 3), FIELDS[r.nextInt(FIELDS.length)], sentence(r, 6, 12));
            }
            index.refresh();
            long t1 = System.nanoTime();
            System.out.printf("index   %,d achievements: %.1f s (%,d docs)%n", achievements, (t1 - t0) / 1e9, index.size());
            // the demands are drawn before timing, so the random stream and the texts are those of a serial run
            String[][] texts = new String[demands][];
            for (int i = 0; i < demands; i++) {
                texts[i] = new String[] {sentence(r, 1, 3), sentence(r, 4, 10)};
            }
            int threads = Runtime.getRuntime().availableProcessors();
            long[] each = new long[demands];
            java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong workerCpu = new java.util.concurrent.atomic.AtomicLong();
            var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long m0 = System.nanoTime();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    long own = threadBean.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < demands; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        hits.addAndGet(index.match(texts[i][0], texts[i][1], 10).size());
                        each[i] = System.nanoTime() - s;
                    }
                    workerCpu.addAndGet(threadBean.getCurrentThreadCpuTime() - own);
                }));
            }
            try {
                for (var f : done) {
                    f.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
            long m1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            Arrays.sort(each);
            System.out.printf("match   %,d demands top-10 on %d threads: %.1f s in all (%.1f s CPU of the process, %.1f s of the matching threads), p50 %.2f ms, p95 %.2f ms, max %.2f ms, %.1f hits/demand%n",
                    demands, threads, (m1 - m0) / 1e9, (c1 - c0) / 1e9, workerCpu.get() / 1e9, each[demands / 2] / 1e6, each[(int) (demands * 0.95)] / 1e6,
                    each[demands - 1] / 1e6, (double) hits.get() / Math.max(1, demands));
            System.out.printf("index + match: %.1f s in all; load average at end: %.1f%n", (t1 - t0 + m1 - m0) / 1e9,
                    os.getSystemLoadAverage());
        }

        List<DispatchPlanner.Commissioner> cs = new ArrayList<>();
        for (int i = 0; i < commissioners; i++) {
            List<String> ex = new ArrayList<>();
            int k = 1 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                ex.add(FIELDS[r.nextInt(FIELDS.length)]);
            }
            cs.add(new DispatchPlanner.Commissioner(i + 1, ex, 1 + r.nextInt(10)));
        }
        List<DispatchPlanner.Need> ns = new ArrayList<>();
        for (int i = 0; i < needs; i++) {
            ns.add(new DispatchPlanner.Need(i + 1, ZONES[r.nextInt(ZONES.length)], FIELDS[r.nextInt(FIELDS.length)]));
        }
        DispatchPlanner planner = new DispatchPlanner();
        planner.plan(cs.subList(0, Math.min(20, cs.size())), ns.subList(0, Math.min(200, ns.size()))); // warm-up
        long d0 = System.nanoTime();
        DispatchPlanner.Plan plan = planner.plan(cs, ns);
        long d1 = System.nanoTime();
        int capacity = cs.stream().mapToInt(DispatchPlanner.Commissioner::capacity).sum();
        System.out.printf("dispatch %,d commissioners (capacity %,d) to %,d needs in %d zones: %.3f s; assigned %,d, unassigned %,d, "
                        + "zones covered %d, total fit %,d%n", commissioners, capacity, needs, ZONES.length, (d1 - d0) / 1e9,
                plan.assignments().size(), plan.unassigned().size(), plan.zonesCovered(), plan.totalFit());
    }

    private static String sentence(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(3) == 0 ? TERMS[r.nextInt(TERMS.length)] : WORDS[r.nextInt(WORDS.length)]);
            if (r.nextInt(4) == 0) {
                b.append(TERMS[r.nextInt(TERMS.length)]);
            }
            if (i % 3 == 2) {
                b.append('，');
            }
        }
        return b.append('。').toString();
    }
}
