package cn.gov.gansu.gaoxin.funds;

/** A stored attachment as lists show it (the content is fetched by id). */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes) {
}
