package cn.gov.gansu.gaoxin.innovation.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 高新技术企业认定条件 as dated data ({@code innovation/hnte-criteria.yaml}, citing 国科发火〔2016〕32号
 * 第十一条): the R&D expense share by revenue band, the high-tech revenue share and the S&T staff
 * share. {@link #check} is a pure function of one year's figures; a figure not reported makes its
 * criterion unknown (never failed, never met).
 */
public record HnteCriteria(LocalDate validFrom, String source, List<Band> bands, String rdQuote, BigDecimal highTechRevenueShare,
        String highTechQuote, BigDecimal scienceStaffShare, String staffQuote, String notChecked) {

    /** A revenue band: revenue up to {@code revenueUpTo} inclusive (null: no upper bound). */
    public record Band(BigDecimal revenueUpTo, BigDecimal minimum, String name) {
    }

    /** One criterion's outcome: {@code met} null when a figure is missing. */
    public record Criterion(String code, String name, String requirement, Double actual, Boolean met, String quote) {
    }

    /** The check of one year's figures. */
    public record Check(List<Criterion> criteria, Boolean ready, List<String> lacks, List<String> missing) {
    }

    public Band band(BigDecimal revenue) {
        for (Band b : bands) {
            if (b.revenueUpTo() == null || revenue.compareTo(b.revenueUpTo()) <= 0) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    /** Checks the figures (money in 元; any may be null). */
    public Check check(BigDecimal revenue, BigDecimal rdExpense, BigDecimal highTechRevenue, Integer employees, Integer scienceStaff) {
        List<Criterion> out = new ArrayList<>();
        if (revenue == null || rdExpense == null || revenue.signum() <= 0) {
            out.add(new Criterion("RD_EXPENSE_SHARE", "研发费用占营业收入比例", "按营业收入分档：5%／4%／3%", null, null, rdQuote));
        } else {
            Band b = band(revenue);
            BigDecimal share = rdExpense.divide(revenue, MathContext.DECIMAL64);
            out.add(new Criterion("RD_EXPENSE_SHARE", "研发费用占营业收入比例", b.name() + "：不低于" + percent(b.minimum()),
                    share.doubleValue(), share.compareTo(b.minimum()) >= 0, rdQuote));
        }
        out.add(share("HIGH_TECH_REVENUE_SHARE", "高新技术产品（服务）收入占比", highTechRevenue, revenue, highTechRevenueShare,
                highTechQuote));
        out.add(share("SCIENCE_STAFF_SHARE", "科技人员占职工总数比例", scienceStaff == null ? null : BigDecimal.valueOf(scienceStaff),
                employees == null ? null : BigDecimal.valueOf(employees), scienceStaffShare, staffQuote));
        List<String> lacks = out.stream().filter(c -> Boolean.FALSE.equals(c.met())).map(Criterion::name).toList();
        List<String> missing = out.stream().filter(c -> c.met() == null).map(Criterion::name).toList();
        Boolean ready = !lacks.isEmpty() ? Boolean.FALSE : missing.isEmpty() ? Boolean.TRUE : null;
        return new Check(out, ready, lacks, missing);
    }

    private static Criterion share(String code, String name, BigDecimal part, BigDecimal whole, BigDecimal minimum, String quote) {
        String requirement = "不低于" + percent(minimum);
        if (part == null || whole == null || whole.signum() <= 0) {
            return new Criterion(code, name, requirement, null, null, quote);
        }
        BigDecimal share = part.divide(whole, MathContext.DECIMAL64);
        return new Criterion(code, name, requirement, share.doubleValue(), share.compareTo(minimum) >= 0, quote);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The versions in the data file, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<HnteCriteria> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<HnteCriteria> all = new ArrayList<>();
            for (Map<String, Object> v : (List<Map<String, Object>>) root.get("versions")) {
                Map<String, Object> rd = (Map<String, Object>) v.get("rdExpenseShare");
                List<Band> bands = new ArrayList<>();
                for (Map<String, Object> b : (List<Map<String, Object>>) rd.get("bands")) {
                    bands.add(new Band(b.get("revenueUpTo") == null ? null : new BigDecimal(String.valueOf(b.get("revenueUpTo"))),
                            new BigDecimal(String.valueOf(b.get("minimum"))), String.valueOf(b.get("name"))));
                }
                Map<String, Object> ht = (Map<String, Object>) v.get("highTechRevenueShare");
                Map<String, Object> st = (Map<String, Object>) v.get("scienceStaffShare");
                all.add(new HnteCriteria(LocalDate.parse(String.valueOf(v.get("validFrom"))), String.valueOf(v.get("source")), bands,
                        String.valueOf(rd.get("quote")), new BigDecimal(String.valueOf(ht.get("minimum"))), String.valueOf(ht.get("quote")),
                        new BigDecimal(String.valueOf(st.get("minimum"))), String.valueOf(st.get("quote")),
                        String.valueOf(v.get("notChecked"))));
            }
            all.sort(Comparator.comparing(HnteCriteria::validFrom));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version in force on 31 December of a year (the figures' year). */
    public static HnteCriteria forYear(List<HnteCriteria> all, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        HnteCriteria found = all.get(0);
        for (HnteCriteria c : all) {
            if (!c.validFrom().isAfter(end)) {
                found = c;
            }
        }
        return found;
    }
}
