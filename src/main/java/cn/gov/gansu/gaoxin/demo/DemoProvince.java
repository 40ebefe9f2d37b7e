package cn.gov.gansu.gaoxin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader.NewProjectRow;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader.NewQualificationRow;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader.NewRow;
import cn.gov.gansu.gaoxin.enterprise.IntroducedCategory;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.enterprise.Recognition;
import cn.gov.gansu.gaoxin.platform.PlatformManagement.IndustryServed;
import cn.gov.gansu.gaoxin.platform.PlatformManagement.NewPlatform;

/**
 * Generates the demo province, deterministically from a seed, shaped by SPEC's real figures for
 * Gansu: valid HNTE certificates at year end 319 (2015), 1,229 (2020), 2,463 (2024), with first
 * recognitions and three-yearly renewals (some lapse); about 1,760 provincial innovative
 * enterprises in 2024 and 4,541 tech SMEs; about 25,000 enterprises spread over the 11 zones by size, so that
 * HNTEs are about 10 % of them (clause 10's target; {@link DemoZone}); five
 * years of statistics (2021–2025); platforms, gazelles and national projects. The data stand as of
 * {@link #AS_OF}: nothing is dated later.
 */
final class DemoProvince {

    static final long SEED = 20_240_101L;
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final int FIRST_STAT_YEAR = 2021;
    static final int LAST_STAT_YEAR = 2025;

    /** Valid HNTE certificates at the end of each year (2026: on {@link #AS_OF}); anchors 2015, 2020, 2024 from SPEC. */
    static final Map<Integer, Integer> HNTE_STOCK = stock(2008, 110, 130, 150, 180, 210, 245, 280, 319, 420, 560, 760, 980,
            1229, 1530, 1850, 2170, 2463, 2590, 2650);
    /** Tech SMEs evaluated (入库) in each year; 2024 from SPEC. */
    static final Map<Integer, Integer> TECH_SMES = stock(2021, 2900, 3600, 4100, 4541, 4700, 4800);
    /** Provincial innovative enterprises recognised up to the end of each year (they do not expire); 2024 from SPEC. */
    static final Map<Integer, Integer> PROVINCIAL_INNOVATIVE = stock(2019, 200, 400, 750, 1100, 1450, 1762, 1900, 1960);
    static final double RENEWAL_RATE = 0.82;
    /**
     * Share of the enterprises outside the ladder (never HNTE, tech SME nor provincial innovative enterprise, not
     * introduced) that report annual statistics; the others are small firms whose figures are missing (not zero).
     */
    static final double SMALL_FIRMS_REPORTING = 0.25;
    static final String[] OTHER_PROVINCES = {"陕西", "北京", "上海", "广东", "四川", "江苏"};
    static final String[] OTHER_PROVINCE_CODES = {"61", "11", "31", "44", "51", "32"};

    private final Random random;
    private final List<DemoZone> zones;

    DemoProvince(long seed, List<DemoZone> zones) {
        this.random = new Random(seed);
        this.zones = zones;
    }

    static DemoData generate() {
        return new DemoProvince(SEED, DemoZone.GANSU).build();
    }

    /** One enterprise slot while it is being shaped. */
    private static final class Slot {
        final DemoZone zone;
        final String uscc;
        final String industryCode;
        final boolean focus;
        LocalDate founded;
        String name;
        LocalDate since;
        boolean hnteCareer;
        int techSmeFrom = Integer.MAX_VALUE;
        boolean provincialInnovative;
        boolean introduced;

        Slot(DemoZone zone, String uscc, String industryCode, boolean focus) {
            this.zone = zone;
            this.uscc = uscc;
            this.industryCode = industryCode;
            this.focus = focus;
        }
    }

    DemoData build() {
        Map<DemoZone, List<Slot>> slots = new LinkedHashMap<>();
        long index = 0;
        for (DemoZone z : zones) {
            List<Slot> list = new ArrayList<>();
            for (int i = 0; i < z.enterprises(); i++) {
                boolean focus = random.nextDouble() < 0.78;
                String code = focus ? pickFocusCode(z) : DemoNames.OTHER_INDUSTRIES.get(random.nextInt(DemoNames.OTHER_INDUSTRIES.size()));
                Slot s = new Slot(z, DemoNames.uscc("91", z.division(), index++), code, focus);
                s.name = DemoNames.companyName(random, z.place(), code);
                s.founded = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
                list.add(s);
            }
            slots.put(z, list);
        }
        List<NewQualificationRow> qualifications = new ArrayList<>();
        hnteCareers(slots, qualifications);
        techSmes(slots, qualifications);
        provincialInnovative(slots, qualifications);
        others(slots, qualifications);

        List<Slot> all = slots.values().stream().flatMap(List::stream).toList();
        List<Slot> introduced = introduce(slots);
        dedupeNames(all);
        List<NewRow> enterprises = new ArrayList<>();
        Map<String, String> listings = listings(slots);
        Map<String, Slot> byUscc = new LinkedHashMap<>();
        for (Slot s : all) {
            if (s.since == null) {
                s.since = s.zone.establishedOn() != null && s.founded.isBefore(s.zone.establishedOn()) ? s.zone.establishedOn() : s.founded;
            }
            byUscc.put(s.uscc, s);
            enterprises.add(new NewRow(s.uscc, s.name, s.zone.code(), s.industryCode, DemoNames.industryName(s.industryCode),
                    listings.getOrDefault(s.uscc, "UNLISTED"), s.introduced ? IntroducedCategory.GAZELLE : null,
                    s.introduced ? s.since : null, s.since, true));
        }
        qualifications.replaceAll(q -> new NewQualificationRow(q.uscc(), q.type(), q.recognition(), q.certificate(),
                q.issuingProvince(), q.recognisedOn(), zoneOn(byUscc.get(q.uscc()), q.recognisedOn())));
        Set<String> hntes = new HashSet<>();
        for (NewQualificationRow q : qualifications) {
            if (q.type() == QualificationType.HIGH_TECH_ENTERPRISE) {
                hntes.add(q.uscc());
            }
        }
        List<AnnualStatistics> statistics = new ArrayList<>();
        for (Slot s : all) {
            statistics(s, hntes.contains(s.uscc), statistics);
        }
        List<NewProjectRow> projects = projects(slots, hntes);
        List<NewPlatform> platforms = platforms(slots);
        String firstZone = zones.get(0).code();
        String enterpriseUser = qualifications.stream()
                .filter(q -> q.type() == QualificationType.HIGH_TECH_ENTERPRISE && firstZone.equals(q.zone())
                        && !QualificationType.HIGH_TECH_ENTERPRISE.validUntil(q.recognisedOn()).isBefore(AS_OF))
                .map(NewQualificationRow::uscc).findFirst().orElseThrow();
        return new DemoData(enterprises, qualifications, statistics, projects, platforms,
                introduced.stream().map(s -> s.uscc).toList(), enterpriseUser);
    }

    private String pickFocusCode(DemoZone z) {
        DemoZone.Focus f = z.focus().get(random.nextDouble() < 0.6 ? 0 : 1);
        return f.codes().get(random.nextInt(f.codes().size()));
    }

    private DemoZone pickZone(java.util.function.ToDoubleFunction<DemoZone> weight) {
        double total = zones.stream().mapToDouble(weight).sum();
        double x = random.nextDouble() * total;
        for (DemoZone z : zones) {
            x -= weight.applyAsDouble(z);
            if (x < 0) {
                return z;
            }
        }
        return zones.get(zones.size() - 1);
    }

    /** A date in year {@code y} between March and October (recognition batches), never after AS_OF. */
    private LocalDate dateIn(int y, int fromMonth, int toMonth) {
        LocalDate d = LocalDate.of(y, fromMonth + random.nextInt(toMonth - fromMonth + 1), 1 + random.nextInt(28));
        return d.isAfter(AS_OF) ? AS_OF.minusDays(random.nextInt(30)) : d;
    }

    /** A career of HNTE certificates: first recognised (or transferred in), renewed every three years until it lapses. */
    private record Career(Slot slot, LocalDate lastDate, int nextRenewal) {
    }

    private void hnteCareers(Map<DemoZone, List<Slot>> slots, List<NewQualificationRow> out) {
        Map<DemoZone, Integer> nextFree = new LinkedHashMap<>();
        List<Career> active = new ArrayList<>();
        Map<Integer, Integer> certificateSeq = new LinkedHashMap<>();
        for (int y = 2008; y <= AS_OF.getYear(); y++) {
            List<Career> next = new ArrayList<>();
            for (Career c : active) {
                if (c.nextRenewal() != y) {
                    next.add(c);
                } else if (random.nextDouble() < RENEWAL_RATE) {
                    LocalDate d = c.lastDate().plusYears(3).minusDays(1 + random.nextInt(20));
                    if (d.getYear() != y) {
                        d = LocalDate.of(y, 1, 5 + random.nextInt(20));
                    }
                    out.add(hnte(c.slot(), Recognition.RENEWAL, d, null, certificateSeq));
                    next.add(new Career(c.slot(), d, y + 3));
                }
            }
            int target = HNTE_STOCK.get(y);
            while (next.size() < target) {
                DemoZone z = pickZone(DemoZone::hnteWeight);
                List<Slot> zoneSlots = slots.get(z);
                int free = nextFree.getOrDefault(z, 0);
                if (free >= zoneSlots.size()) {
                    continue;
                }
                nextFree.put(z, free + 1);
                Slot s = zoneSlots.get(free);
                s.hnteCareer = true;
                LocalDate d = dateIn(y, 3, 10);
                if (!s.founded.isBefore(d.minusYears(1))) {
                    s.founded = d.minusYears(2 + random.nextInt(10));
                }
                boolean transferred = y >= 2012 && random.nextDouble() < 0.03;
                out.add(hnte(s, transferred ? Recognition.TRANSFERRED_IN : Recognition.FIRST, d,
                        transferred ? random.nextInt(OTHER_PROVINCES.length) : null, certificateSeq));
                next.add(new Career(s, d, y + 3));
            }
            active = next;
        }
    }

    private NewQualificationRow hnte(Slot s, Recognition recognition, LocalDate d, Integer otherProvince, Map<Integer, Integer> seq) {
        int n = seq.merge(d.getYear(), 1, Integer::sum);
        String province = otherProvince == null ? null : OTHER_PROVINCES[otherProvince];
        String code = otherProvince == null ? "62" : OTHER_PROVINCE_CODES[otherProvince];
        String certificate = "GR" + d.getYear() + code + String.format("%06d", otherProvince == null ? n : 500_000 + n);
        return new NewQualificationRow(s.uscc, QualificationType.HIGH_TECH_ENTERPRISE, recognition, certificate, province, d,
                zoneOn(s, d));
    }

    private static String zoneOn(Slot s, LocalDate d) {
        LocalDate since = s.since != null ? s.since
                : s.zone.establishedOn() != null && s.founded.isBefore(s.zone.establishedOn()) ? s.zone.establishedOn() : s.founded;
        return since.isAfter(d) ? null : s.zone.code();
    }

    /** Tech SMEs: each zone's share of each year's evaluations, a growing set (an SME once evaluated re-enters yearly). */
    private void techSmes(Map<DemoZone, List<Slot>> slots, List<NewQualificationRow> out) {
        double total = zones.stream().mapToDouble(DemoZone::techSmeWeight).sum();
        for (DemoZone z : zones) {
            List<Slot> order = new ArrayList<>(slots.get(z));
            java.util.Collections.shuffle(order, random);
            for (int y = FIRST_STAT_YEAR; y <= AS_OF.getYear(); y++) {
                int k = Math.min(order.size(), (int) Math.round(TECH_SMES.get(y) * z.techSmeWeight() / total));
                for (int i = 0; i < k; i++) {
                    Slot s = order.get(i);
                    LocalDate d = dateIn(y, 4, 9);
                    if (s.founded.isAfter(d)) {
                        s.founded = d.minusYears(1 + random.nextInt(5));
                    }
                    out.add(new NewQualificationRow(s.uscc, QualificationType.TECH_SME,
                            s.techSmeFrom <= y ? Recognition.RENEWAL : Recognition.FIRST, null, null, d, zoneOn(s, d)));
                    s.techSmeFrom = Math.min(s.techSmeFrom, y);
                }
            }
        }
    }

    /** Provincial innovative enterprises, chosen mostly among HNTEs and tech SMEs of each zone. */
    private void provincialInnovative(Map<DemoZone, List<Slot>> slots, List<NewQualificationRow> out) {
        List<Slot> candidates = new ArrayList<>();
        List<Slot> rest = new ArrayList<>();
        for (List<Slot> list : slots.values()) {
            for (Slot s : list) {
                (s.hnteCareer || s.techSmeFrom != Integer.MAX_VALUE ? candidates : rest).add(s);
            }
        }
        java.util.Collections.shuffle(candidates, random);
        java.util.Collections.shuffle(rest, random);
        candidates.addAll(rest);
        int taken = 0;
        for (int y = 2019; y <= AS_OF.getYear(); y++) {
            int target = PROVINCIAL_INNOVATIVE.get(y);
            while (taken < target) {
                Slot s = candidates.get(taken++);
                s.provincialInnovative = true;
                LocalDate d = dateIn(y, 5, 10);
                if (s.founded.isAfter(d)) {
                    s.founded = d.minusYears(1 + random.nextInt(5));
                }
                out.add(new NewQualificationRow(s.uscc, QualificationType.PROVINCIAL_INNOVATIVE_ENTERPRISE, Recognition.FIRST,
                        null, null, d, zoneOn(s, d)));
            }
        }
    }

    /** 专精特新 (about 260, three-year validity) and 科技领军企业 (a dozen), among the HNTEs. */
    private void others(Map<DemoZone, List<Slot>> slots, List<NewQualificationRow> out) {
        List<Slot> hntes = slots.values().stream().flatMap(List::stream).filter(s -> s.hnteCareer).toList();
        for (int i = 0; i < 260; i++) {
            Slot s = hntes.get((i * 7 + 3) % hntes.size());
            LocalDate d = dateIn(2023 + i % 3, 5, 10);
            out.add(new NewQualificationRow(s.uscc, QualificationType.SPECIALISED_SME, Recognition.FIRST, null, null, d, zoneOn(s, d)));
        }
        for (int i = 0; i < 12; i++) {
            Slot s = hntes.get(i * 5);
            LocalDate d = dateIn(2024, 6, 10);
            out.add(new NewQualificationRow(s.uscc, QualificationType.TECH_LEADER, Recognition.FIRST, null, null, d, zoneOn(s, d)));
        }
    }

    /** 引进瞪羚企业: seven enterprises that moved in from elsewhere, each membership starting on its introduction. */
    private List<Slot> introduce(Map<DemoZone, List<Slot>> slots) {
        String[] where = {"lanzhou", "lanzhou", "baiyin", "jinchang", "zhangye", "jiayuguan", "pingliang"};
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < where.length; i++) {
            String code = where[i];
            DemoZone z = zones.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            List<Slot> list = slots.get(z);
            Slot s = null;
            for (int j = list.size() - 1 - i * 3; s == null; j--) {
                Slot c = list.get(j);
                if (!c.hnteCareer && c.techSmeFrom == Integer.MAX_VALUE && !c.introduced) {
                    s = c;
                }
            }
            s.introduced = true;
            s.since = LocalDate.of(2023 + i % 4, 2 + i, 10 + i);
            if (s.since.isAfter(AS_OF)) {
                s.since = AS_OF.minusMonths(2);
            }
            s.founded = s.since.minusYears(6 + i);
            out.add(s);
        }
        return out;
    }

    private Map<String, String> listings(Map<DemoZone, List<Slot>> slots) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] statuses = {"MAIN_BOARD", "MAIN_BOARD", "MAIN_BOARD", "MAIN_BOARD", "STAR_MARKET", "STAR_MARKET", "CHINEXT",
                "BSE", "NEEQ", "NEEQ", "NEEQ", "NEEQ", "PIPELINE", "PIPELINE", "PIPELINE", "PIPELINE", "PIPELINE", "PIPELINE"};
        List<Slot> big = slots.values().stream().flatMap(List::stream).filter(s -> s.hnteCareer).toList();
        for (int i = 0; i < statuses.length; i++) {
            out.put(big.get(i * 11).uscc, statuses[i]);
        }
        return out;
    }

    private void dedupeNames(List<Slot> all) {
        Set<String> seen = new HashSet<>();
        for (Slot s : all) {
            while (!seen.add(s.name)) {
                s.name = DemoNames.companyName(random, s.zone.place(), s.industryCode);
            }
        }
    }

    /**
     * Five years of figures with plausible sizes and growth: HNTEs larger, more R&D-intensive and
     * mostly high-tech revenue; about 2 % of enterprises have not reported 2025 yet (missing, not zero); of the
     * small firms outside the ladder only {@link #SMALL_FIRMS_REPORTING} report at all.
     */
    private void statistics(Slot s, boolean hnte, List<AnnualStatistics> out) {
        boolean ladder = hnte || s.techSmeFrom != Integer.MAX_VALUE || s.provincialInnovative || s.introduced;
        if (!ladder && random.nextDouble() >= SMALL_FIRMS_REPORTING) {
            return;
        }
        double median = hnte ? 60e6 : s.techSmeFrom != Integer.MAX_VALUE ? 15e6 : 25e6;
        double revenue = Math.min(2e10, Math.max(1e6, median * Math.exp(random.nextGaussian() * 1.1)));
        double growthMean = hnte ? 0.12 : 0.06;
        double perCapita = 0.6e6 + random.nextDouble() * 0.9e6;
        boolean exporter = random.nextDouble() < 0.2;
        double exportShare = 0.02 + random.nextDouble() * 0.23;
        boolean late = random.nextDouble() < 0.02;
        for (int y = FIRST_STAT_YEAR; y <= LAST_STAT_YEAR; y++) {
            double g = Math.max(-0.3, Math.min(0.6, growthMean + random.nextGaussian() * 0.10));
            revenue *= 1 + g;
            if (y < s.founded.getYear() || y == LAST_STAT_YEAR && late) {
                continue;
            }
            double highTechShare = hnte ? 0.6 + random.nextDouble() * 0.3
                    : s.techSmeFrom <= y ? 0.2 + random.nextDouble() * 0.4 : random.nextDouble() < 0.7 ? 0 : random.nextDouble() * 0.1;
            int employees = (int) Math.max(8, Math.min(20000, revenue / perCapita));
            double rdStaffShare = hnte ? 0.10 + random.nextDouble() * 0.15 : s.techSmeFrom <= y ? 0.10 + random.nextDouble() * 0.10
                    : 0.02 + random.nextDouble() * 0.04;
            double rdShare = hnte ? 0.03 + random.nextDouble() * 0.04 : s.techSmeFrom <= y ? 0.03 + random.nextDouble() * 0.05
                    : 0.005 + random.nextDouble() * 0.015;
            out.add(new AnnualStatistics(s.uscc, y, yuan(revenue), yuan(revenue * highTechShare), employees,
                    (int) Math.max(1, Math.round(employees * rdStaffShare)), yuan(revenue * rdShare),
                    exporter ? yuan(revenue * exportShare) : BigDecimal.ZERO.setScale(2), yuan(revenue * (0.03 + random.nextDouble() * 0.04))));
        }
    }

    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(Math.round(v)).setScale(2);
    }

    /**
     * National projects (clause 5) won by HNTEs, landed funding around the 3,000,000 threshold — one
     * exactly at it, one a fen below, one unknown yet — and a programme clause 5 does not cover.
     */
    private List<NewProjectRow> projects(Map<DemoZone, List<Slot>> slots, Set<String> hntes) {
        String[] topics = {"高性能有色金属材料", "新能源电池正极材料", "中药材质量控制", "生物药品制备", "智能矿山装备",
                "稀贵金属提纯", "循环化工过程强化", "道地药材种质资源", "氢能储运装备", "铝基复合材料"};
        String[] kinds = {"关键技术研究", "产业化示范", "共性技术攻关", "工程化应用"};
        String[] where = {"lanzhou", "lanzhou", "lanzhou", "lanzhou", "lanzhou", "lanzhou", "lanzhou", "lanzhou", "baiyin", "baiyin",
                "baiyin", "jinchang", "jinchang", "jinchang", "jiayuguan", "jiayuguan", "zhangye", "longxi", "longxi", "dingxi",
                "lanzhou", "lanzhou", "baiyin", "jinchang", "pingliang", "yumen", "lanzhou", "lanzhou", "minle", "lanzhou"};
        List<NewProjectRow> out = new ArrayList<>();
        for (int i = 0; i < where.length; i++) {
            String code = where[i];
            DemoZone z = zones.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            List<Slot> candidates = slots.get(z).stream().filter(s -> hntes.contains(s.uscc)).toList();
            Slot s = candidates.get((i * 13) % candidates.size());
            int year = 2023 + i % 4;
            String programme = i % 10 == 9 ? "NSFC_REGIONAL" : i % 5 == 1 ? "MAJOR_SPECIAL" : "KEY_RD";
            String project = switch (programme) {
                case "MAJOR_SPECIAL" -> year + "ZD0" + String.format("%06d", 100 + i * 37);
                case "KEY_RD" -> year + "YF" + "ABCDE".charAt(i % 5) + String.format("%07d", 3_700_100 + i * 101);
                default -> "U" + (year % 100) + "A" + String.format("%04d", 2000 + i);
            };
            BigDecimal landed = switch (i) {
                case 0 -> new BigDecimal("3000000.00");
                case 1 -> new BigDecimal("2999999.99");
                case 2 -> null;
                case 3 -> new BigDecimal("35000000.00");
                default -> BigDecimal.valueOf((150 + random.nextInt(460)) * 10_000L).setScale(2);
            };
            LocalDate won = dateIn(year, 3, 10);
            out.add(new NewProjectRow(s.uscc, z.code(), programme, project, topics[i % topics.length] + kinds[i % kinds.length],
                    landed, won));
        }
        return out;
    }

    /**
     * Platforms in each zone: an incubator for most leading industries (four are left without one so
     * that clause 11's target has something to flag), maker spaces (some nationally recorded),
     * university science parks, new-type R&D institutes, provincial-or-higher platforms, academician
     * workstations, postdoc stations and technology-transfer institutions, recognised 2010–2026.
     */
    private List<NewPlatform> platforms(Map<DemoZone, List<Slot>> slots) {
        Set<String> withoutIncubator = Set.of("qingcheng#1", "minle#1", "yumen#1", "dingxi#0");
        List<NewPlatform> out = new ArrayList<>();
        for (DemoZone z : zones) {
            boolean big = z.code().equals("lanzhou") || z.code().equals("baiyin");
            List<Slot> zoneSlots = slots.get(z);
            for (int i = 0; i < z.focus().size(); i++) {
                if (withoutIncubator.contains(z.code() + "#" + i)) {
                    continue;
                }
                DemoZone.Focus f = z.focus().get(i);
                String level = big ? (i == 0 ? "NATIONAL" : "PROVINCIAL") : random.nextInt(3) == 0 ? "CITY" : "PROVINCIAL";
                out.add(platform("INCUBATOR", level, z.place() + "高新区" + f.name() + "产业孵化器", z, operator(zoneSlots), f,
                        2012 + random.nextInt(14)));
            }
            if (z.code().equals("lanzhou")) {
                out.add(platform("INCUBATOR", "NATIONAL", "兰州高新区创业服务中心", z, null,
                        new DemoZone.Focus("软件和信息技术服务", List.of("65")), 2010));
                out.add(platform("UNIVERSITY_SCIENCE_PARK", "NATIONAL", "兰州大学国家大学科技园", z, university(0), null, 2010));
                out.add(platform("UNIVERSITY_SCIENCE_PARK", "NATIONAL", "兰州理工大学国家大学科技园", z, university(1), null, 2014));
                out.add(platform("TECH_TRANSFER_INSTITUTION", "NATIONAL", "兰州高新区国家技术转移示范机构", z, operator(zoneSlots), null, 2016));
            }
            int makerSpaces = big ? 4 : 1 + random.nextInt(3);
            for (int i = 0; i < makerSpaces; i++) {
                String level = (big && i < 2) || (i == 0 && random.nextInt(3) == 0) ? "NATIONAL"
                        : new String[] {"PROVINCIAL", "CITY", "NONE"}[random.nextInt(3)];
                out.add(platform("MAKER_SPACE", level, z.place() + "创客空间" + "一二三四五".charAt(i) + "号", z, operator(zoneSlots),
                        z.focus().get(i % z.focus().size()), 2015 + random.nextInt(12)));
            }
            int institutes = big ? 5 : random.nextInt(3);
            for (int i = 0; i < institutes; i++) {
                DemoZone.Focus f = z.focus().get(i % z.focus().size());
                out.add(platform("NEW_RD_INSTITUTE", random.nextInt(4) == 0 ? "CITY" : "PROVINCIAL",
                        z.place() + f.name() + "产业技术研究院" + (i < 2 ? "" : "（" + (i - 1) + "）"), z, operator(zoneSlots), f,
                        2018 + random.nextInt(9)));
            }
            int bases = big ? 8 : 2 + random.nextInt(4);
            String[] baseKinds = {"省级重点实验室", "省级工程技术研究中心", "省级企业技术中心", "国家地方联合工程研究中心"};
            for (int i = 0; i < bases; i++) {
                DemoZone.Focus f = z.focus().get(i % z.focus().size());
                String kind = baseKinds[i % baseKinds.length];
                out.add(platform("INNOVATION_PLATFORM", kind.startsWith("国家") ? "NATIONAL" : "PROVINCIAL",
                        z.place() + f.name() + kind + (i < 4 ? "" : "（" + (i / 4 + 1) + "）"), z, operator(zoneSlots), f,
                        2010 + random.nextInt(17)));
            }
            int workstations = big ? 3 : random.nextInt(3);
            for (int i = 0; i < workstations; i++) {
                Slot host = zoneSlots.get(random.nextInt(Math.min(200, zoneSlots.size())));
                out.add(platform("ACADEMICIAN_WORKSTATION", "PROVINCIAL", host.name.replaceAll("(股份)?有限(责任)?公司$", "") + "院士专家工作站",
                        z, host.uscc, null, 2014 + random.nextInt(13)));
            }
            int postdoc = big ? 2 : random.nextInt(2);
            for (int i = 0; i < postdoc; i++) {
                Slot host = zoneSlots.get(random.nextInt(Math.min(100, zoneSlots.size())));
                out.add(platform("POSTDOC_STATION", "NATIONAL", host.name.replaceAll("(股份)?有限(责任)?公司$", "") + "博士后科研工作站",
                        z, host.uscc, null, 2012 + random.nextInt(15)));
            }
            if (!z.code().equals("lanzhou") && random.nextInt(2) == 0) {
                out.add(platform("TECH_TRANSFER_INSTITUTION", "PROVINCIAL", z.place() + "科技成果转移转化服务中心", z, null, null,
                        2019 + random.nextInt(8)));
            }
        }
        return out;
    }

    private NewPlatform platform(String kind, String level, String name, DemoZone z, String operator, DemoZone.Focus f, int year) {
        return new NewPlatform(kind, level, name, z.code(), operator, f == null ? null : new IndustryServed(f.name(), f.codes()),
                dateIn(year, 1, 12), null);
    }

    private String operator(List<Slot> zoneSlots) {
        return random.nextInt(3) == 0 ? null : zoneSlots.get(random.nextInt(zoneSlots.size())).uscc;
    }

    /** Universities are public institutions: USCC type "12". */
    private static String university(int i) {
        return DemoNames.uscc("12", "620100", 900_000 + i);
    }

    private static Map<Integer, Integer> stock(int from, int... values) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(from + i, values[i]);
        }
        return m;
    }

    /** The demo province as rows ready for the bulk loaders. */
    record DemoData(List<NewRow> enterprises, List<NewQualificationRow> qualifications, List<AnnualStatistics> statistics,
            List<NewProjectRow> projects, List<NewPlatform> platforms, List<String> gazelles, String enterpriseUserUscc) {
    }
}
