package cn.gov.gansu.gaoxin.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A confirmation with nothing more to return than a Chinese sentence, e.g. {"message":"已登记"}. */
@Schema(name = "Message", description = "操作已完成时的中文确认")
public record Message(@Schema(description = "中文确认语，如“已登记”", requiredMode = Schema.RequiredMode.REQUIRED) String message) {
}
