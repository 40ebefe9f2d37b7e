package cn.gov.gansu.gaoxin.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sensitive fields at rest (issue 8 item 5): AES-256-GCM with a random 96-bit nonce per value and the column's
 * name as associated data, stored as {@code enc:<keyId>:<base64(nonce|ciphertext|tag)>}. Keys come from
 * {@code GAOXIN_FIELD_KEYS} ({@code id:base64key,…}; the first encrypts, all decrypt — rotation: put a new key
 * first, re-save, then drop the old one), else from a key file ({@code gaoxin.security.field-key-file},
 * default {@code ./data/field.key}, created with a random key on first start — for the embedded installation
 * only). A value without the prefix is legacy plain text and is read as is. {@link #index} is a keyed HMAC
 * for equality look-ups (the same account used twice) that never reveals the value.
 */
@Component
public class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final String PREFIX = "enc:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String activeId;
    private final SecretKeySpec indexKey;

    FieldCipher(@Value("${GAOXIN_FIELD_KEYS:}") String configured,
            @Value("${gaoxin.security.field-key-file:./data/field.key}") String keyFile) {
        String spec = configured == null || configured.isBlank() ? fromFile(Path.of(keyFile)) : configured.trim();
        for (String part : spec.split(",")) {
            String[] idKey = part.trim().split(":", 2);
            byte[] key = Base64.getDecoder().decode(idKey[1].trim());
            if (key.length != 32) {
                throw new IllegalStateException("GAOXIN_FIELD_KEYS：密钥 " + idKey[0] + " 须为32字节（Base64编码）");
            }
            keys.put(idKey[0].trim(), new SecretKeySpec(key, "AES"));
        }
        activeId = keys.keySet().iterator().next();
        indexKey = new SecretKeySpec(hmac(keys.get(keys.keySet().stream().reduce((a, b) -> b).orElseThrow()).getEncoded(),
                "gaoxin-field-index".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /** Encrypts {@code plain} for {@code column} (null stays null). */
    public String encrypt(String plain, String column) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeId), new GCMParameterSpec(128, nonce));
            c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + activeId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("加密失败", e);
        }
    }

    /** Decrypts a value written by {@link #encrypt}; legacy plain text is answered as is. */
    public String decrypt(String stored, String column) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        SecretKeySpec key = keys.get(parts[0]);
        if (key == null) {
            throw new IllegalStateException("缺少解密密钥 " + parts[0] + "（GAOXIN_FIELD_KEYS）");
        }
        try {
            byte[] all = Base64.getDecoder().decode(parts[1]);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("解密失败（数据被改动或密钥不符）", e);
        }
    }

    /** A keyed fingerprint of {@code plain} for equality look-ups (hex, 64 characters; null stays null). */
    public String index(String plain, String column) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            mac.update(column.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each key's id and a fingerprint that identifies the key without revealing it (hex HMAC-SHA256 of a fixed
     * label under the key), in the configured order: what {@link FieldKeyCheck} compares across instances.
     */
    Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        keys.forEach((id, key) -> fingerprints.put(id,
                HexFormat.of().formatHex(hmac(key.getEncoded(), "gaoxin-field-key-check".getBytes(StandardCharsets.UTF_8)))));
        return fingerprints;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            String spec = "k1:" + Base64.getEncoder().encodeToString(key);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, spec + "\n");
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on other file systems
            }
            log.warn("未设置 GAOXIN_FIELD_KEYS：已生成敏感字段密钥文件 {}（仅适用于内嵌数据库安装，生产环境请用环境变量或密钥库）", file);
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
