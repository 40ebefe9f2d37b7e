package cn.gov.gansu.gaoxin.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * An innovation carrier in a zone: its kind, level, operator (USCC, optional), the leading industry
 * it serves (name and GB/T 4754 codes, optional) and its recognition date. A university science
 * park branch names its main park in {@code branchOf}.
 */
public record Platform(long id, PlatformKind kind, PlatformLevel level, String name, String zone, String operator,
        Industry industry, LocalDate recognisedOn, Long branchOf, boolean demo) {

    public Platform {
        industry = industry == null ? Industry.NONE : industry;
    }

    /** The industry served: a name and the GB/T 4754 codes (门类 letter, 大类 to 小类 digits) that define it. */
    public record Industry(String name, List<String> codes) {

        static final Industry NONE = new Industry(null, List.of());

        public Industry {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }

        /**
         * Whether this industry serves one defined by {@code industryCodes}: some code of one is the
         * other's code or a finer one inside it (e.g. "2761" serves "27", "27" serves "2730").
         */
        public boolean serves(List<String> industryCodes) {
            for (String mine : codes) {
                for (String theirs : industryCodes) {
                    if (mine.startsWith(theirs) || theirs.startsWith(mine)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
