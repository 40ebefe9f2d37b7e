package cn.gov.gansu.gaoxin.talent;

import java.time.LocalDate;

/** One talent record in a zone. */
public record Talent(long id, TalentKind kind, String name, String zone, String enterprise, String institution,
        @io.swagger.v3.oas.annotations.media.Schema(description = "人才计划名称（自由文本，取值不限，非代码）") String programme, String field, String nationality, PermitStatus permitStatus, LocalDate startedOn,
        @io.swagger.v3.oas.annotations.media.Schema(description = "所在载体（创新平台 id：院士工作站、博士后科研工作站、校企联合人才培养平台）") Long carrier,
        @io.swagger.v3.oas.annotations.media.Schema(description = "所在载体的类型（创新平台类型代码）") String carrierKind,
        @io.swagger.v3.oas.annotations.media.Schema(description = "结束日期（聘任、项目或团队成员身份结束；空为仍在）") LocalDate endedOn,
        @io.swagger.v3.oas.annotations.media.Schema(description = "撤销时间（误登记的记录撤销后保留但不再列出、计数、导出；空为未撤销）") java.time.Instant withdrawnAt,
        @io.swagger.v3.oas.annotations.media.Schema(description = "撤销原因") String withdrawalReason) {

    /** Whether the record was withdrawn as entered by mistake. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
