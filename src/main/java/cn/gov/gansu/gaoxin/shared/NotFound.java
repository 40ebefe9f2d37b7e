package cn.gov.gansu.gaoxin.shared;

import org.springframework.http.HttpStatus;

/** 未找到 — answered as HTTP NOT_FOUND. Subclass it to name the fact. */
public class NotFound extends DomainProblem {

    public NotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "未找到", detail);
    }
}
