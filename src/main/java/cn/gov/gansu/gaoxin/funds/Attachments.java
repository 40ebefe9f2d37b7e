package cn.gov.gansu.gaoxin.funds;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Small files (scans of invoices, plan documents) kept in the database with their owner: a report,
 * a plan or an experience. At most {@code gaoxin.funds.attachment-max-bytes} (default 5 MB) each and
 * 20 per owner; the owner's service checks who may add or read them.
 */
@Component
class Attachments {

    private static final int MAX_PER_OWNER = 20;
    private final JdbcClient jdbc;
    private final long maxBytes;

    Attachments(JdbcClient jdbc, @Value("${gaoxin.funds.attachment-max-bytes:5242880}") long maxBytes) {
        this.jdbc = jdbc;
        this.maxBytes = maxBytes;
    }

    /** Stores a file in the caller's transaction. */
    AttachmentInfo add(String ownerKind, long ownerId, MultipartFile file, String actor) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("字段“file”：请选择要上传的文件（不能为空文件）");
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInput("字段“file”：文件大小" + file.getSize() / 1024 + "KB，超过上限" + maxBytes / 1024 + "KB");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "附件" : file.getOriginalFilename().trim();
        name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        long count = jdbc.sql("SELECT COUNT(*) FROM funds_attachment WHERE owner_kind = :k AND owner_id = :o")
                .param("k", ownerKind).param("o", ownerId).query(Long.class).single();
        if (count >= MAX_PER_OWNER) {
            throw new InvalidInput("字段“file”：每份材料最多上传" + MAX_PER_OWNER + "个附件");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new InvalidInput("字段“file”：文件读取失败，请重新上传");
        }
        String type = file.getContentType() == null || file.getContentType().length() > 100 ? "application/octet-stream" : file.getContentType();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO funds_attachment (owner_kind, owner_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at) "
                        + "VALUES (:k, :o, :n, :t, :s, :c, :by, :now)")
                .param("k", ownerKind).param("o", ownerId).param("n", name).param("t", type).param("s", (long) bytes.length)
                .param("c", bytes).param("by", actor).param("now", Timestamp.from(Instant.now())).update(keys, "id");
        return new AttachmentInfo(keys.getKey().longValue(), name, type, bytes.length);
    }

    List<AttachmentInfo> list(String ownerKind, long ownerId) {
        return jdbc.sql("SELECT id, file_name, content_type, size_bytes FROM funds_attachment WHERE owner_kind = :k AND owner_id = :o ORDER BY id")
                .param("k", ownerKind).param("o", ownerId)
                .query((rs, n) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("SELECT owner_kind, owner_id, file_name, content_type, content FROM funds_attachment WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    record Stored(String ownerKind, long ownerId, String fileName, String contentType, byte[] content) {
    }
}
