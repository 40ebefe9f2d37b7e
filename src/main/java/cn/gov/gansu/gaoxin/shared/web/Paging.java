package cn.gov.gansu.gaoxin.shared.web;

import cn.gov.gansu.gaoxin.shared.InvalidInput;

/** Checks list paging parameters: page from 0, size 1 to 500 (the console offers 10/20/50/100). */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0 || page > 1_000_000) {
            throw new InvalidInput("参数“page”须为0至1000000之间的整数");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("参数“size”须为1至" + MAX_SIZE + "之间的整数");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
