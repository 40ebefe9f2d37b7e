package cn.gov.gansu.gaoxin.shared;

import org.springframework.http.HttpStatus;

/** 与现有数据冲突 — answered as HTTP CONFLICT. Subclass it to name the fact. */
public class Conflict extends DomainProblem {

    public Conflict(String detail) {
        super(HttpStatus.CONFLICT, "与现有数据冲突", detail);
    }
}
