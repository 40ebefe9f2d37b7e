package cn.gov.gansu.gaoxin.console;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformLevel;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 创新平台 pages: the platform registry's list within the caller's scope (filter by 所属高新区, 类型,
 * 级别; paging 10/20/50/100 with the total) with a 导出Excel link.
 * Reads only {@link PlatformRegistry}'s scoped list; the export is {@link PlatformExport}.
 */
@Controller
class PlatformPages implements ConsolePage {

    private final PlatformRegistry platforms;
    private final ZoneDirectory zones;

    PlatformPages(PlatformRegistry platforms, ZoneDirectory zones) {
        this.platforms = platforms;
        this.zones = zones;
    }

    /** The list's filter, parsed once for the page and the export. */
    record Query(String zone, PlatformKind kind, PlatformLevel level, String sort) {

        static Query of(String zone, String kind, String level) {
            return of(zone, kind, level, null);
        }

        /** {@code sort}: "name" (pinyin, across pages), "-name", anything else the default order. */
        static Query of(String zone, String kind, String level, String sort) {
            return new Query(Lists.blank(zone), Lists.parse(PlatformKind.class, kind, "kind"),
                    Lists.parse(PlatformLevel.class, level, "level"), "name".equals(sort) || "-name".equals(sort) ? sort : null);
        }

        PlatformRegistry.Filter filter() {
            return new PlatformRegistry.Filter(zone, kind, level, sort);
        }

        /** The sort a click on the name header asks for: name, then -name, then name again. */
        public String nextSort() {
            return "name".equals(sort) ? "-name" : "name";
        }

        /** "ascending", "descending" or "none", for aria-sort on the name header. */
        public String direction() {
            return "name".equals(sort) ? "ascending" : "-name".equals(sort) ? "descending" : "none";
        }

        public String sortLink(int size) {
            return new Query(zone, kind, level, nextSort()).link("/platforms", size, 1);
        }

        String link(String path, Integer size, Integer page) {
            return Lists.link(path, "zone", zone, "kind", kind, "level", level, "sort", sort, "size", size, "page", page);
        }

        public String link(int size, int page) {
            return link("/platforms", size, page);
        }

        public String exportLink() {
            return link("/api/platforms/export", null, null);
        }
    }

    @GetMapping("/platforms")
    String list(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String level, @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String sort, Model model) {
        DataScope scope = CurrentUser.scope();
        Query q = Query.of(zone, kind, level, sort);
        Lists.clamped(page, size, paging -> platforms.list(scope, q.filter(), paging), PlatformRegistry.Page::total)
                .addTo(model, PlatformRegistry.Page::items);
        model.addAttribute("q", q);
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("kindOptions", PlatformKind.values());
        model.addAttribute("levelOptions", PlatformLevel.values());
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "platforms");
        model.addAttribute("canRegister", !scope.readOnly() && (scope.is(cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN)
                || scope.is(cn.gov.gansu.gaoxin.identity.Role.ZONE_OFFICER)));
        return "platforms";
    }
}
