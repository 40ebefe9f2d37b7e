package cn.gov.gansu.gaoxin.shared;

import org.springframework.http.HttpStatus;

/** 无权访问 — answered as HTTP FORBIDDEN. Subclass it to name the fact. */
public class Forbidden extends DomainProblem {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, "无权访问", detail);
    }
}
