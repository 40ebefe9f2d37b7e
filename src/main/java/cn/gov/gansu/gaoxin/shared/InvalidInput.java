package cn.gov.gansu.gaoxin.shared;

import org.springframework.http.HttpStatus;

/** 请求数据无效 — answered as HTTP BAD_REQUEST. Subclass it to name the fact. */
public class InvalidInput extends DomainProblem {

    public InvalidInput(String detail) {
        super(HttpStatus.BAD_REQUEST, "请求数据无效", detail);
    }
}
