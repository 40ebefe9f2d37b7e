package cn.gov.gansu.gaoxin.commissioner;

/** 企业科技专员需求: an enterprise in a zone asks for a commissioner in a field for a year. */
public record Need(long id, String enterprise, String zone, int year, String field, String note) {
}
