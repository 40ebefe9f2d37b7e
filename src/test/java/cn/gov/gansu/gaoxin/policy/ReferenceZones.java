package cn.gov.gansu.gaoxin.policy;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.engine.ZoneRegistry;

/**
 * The eleven zones of clause 13 as the seeded registry holds them, one registered enclave park, and
 * one registered enterprise that is in no zone ({@link #REGISTERED_OUTSIDE}), for engine tests.
 */
final class ReferenceZones implements ZoneRegistry {

    static final ReferenceZones INSTANCE = new ReferenceZones();

    /** Registered, but in no zone on any date: a fact about it that names no zone is INELIGIBLE (known outside). */
    static final String REGISTERED_OUTSIDE = "91620200MA71C0004Q";

    private static final Map<String, KnownZone> ZONES = Map.ofEntries(
            zone("lanzhou", "lanzhou-city", "1991-03-06"), zone("baiyin", "baiyin-city", "2010-09-26"),
            zone("jiayuguan", "jiayuguan-city", null), zone("jinchang", "jinchang-city", "2018-01-01"),
            zone("zhangye", "zhangye-city", "2018-01-01"), zone("pingliang", "pingliang-city", null),
            zone("dingxi", "dingxi-city", null), zone("minle", "zhangye-city", "2018-01-01"),
            zone("yumen", "jiuquan-city", "2018-01-01"), zone("longxi", "dingxi-city", "2021-01-01"),
            zone("qingcheng", "qingyang-city", "2021-01-01"),
            Map.entry("lanzhou-zhangjiang-enclave", new KnownZone("lanzhou-zhangjiang-enclave", "lanzhou", "lanzhou-city",
                    LocalDate.of(2023, 6, 1), null)));

    private static Map.Entry<String, KnownZone> zone(String code, String city, String from) {
        return Map.entry(code, new KnownZone(code, null, city, from == null ? null : LocalDate.parse(from), null));
    }

    @Override
    public KnownZone find(String code) {
        return ZONES.get(code);
    }

    @Override
    public boolean isRegistered(String uscc) {
        return REGISTERED_OUTSIDE.equals(uscc);
    }
}
