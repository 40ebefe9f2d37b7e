package cn.gov.gansu.gaoxin.commissioner;

import java.util.List;

/** 科技专员: a commissioner, the fields they know and how many needs they serve in one dispatch. */
public record Commissioner(long id, String name, List<String> expertise, int capacity) {
}
