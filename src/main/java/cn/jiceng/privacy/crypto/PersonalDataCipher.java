package cn.jiceng.privacy.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest of personal data (ID numbers, phones): AES-GCM with a random 96-bit IV per
 * value and a 128-bit tag, stored as {@code keyId:base64(iv | ciphertext+tag)} so that keys can
 * rotate (old values stay readable with their key until re-encrypted under the current one), and a
 * keyed hash (HMAC-SHA256, a separate key) for equality look-ups and uniqueness. Plain JDK
 * ({@code javax.crypto}); holds no Spring or JPA types, so the Flyway migrations use it too.
 */
public final class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    /** The stored form: key id, colon, base64 of at least IV + tag. */
    private static final Pattern STORED = Pattern.compile("[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{38,}={0,2}");

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecretKey hashKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(Map<String, byte[]> keys, String currentKeyId, byte[] hashKey) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no encryption key configured (jiceng.crypto.keys)");
        }
        Map<String, SecretKey> k = new LinkedHashMap<>();
        keys.forEach((id, bytes) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("key id '" + id + "' is not 1-16 letters, digits, '-' or '_'");
            }
            if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
                throw new IllegalArgumentException("key '" + id + "' is " + bytes.length + " bytes; AES takes 16, 24 or 32");
            }
            k.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (currentKeyId == null || !k.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key '" + currentKeyId + "' (jiceng.crypto.current-key) is not among "
                    + k.keySet());
        }
        if (hashKey == null || hashKey.length < 32) {
            throw new IllegalArgumentException("the hash key (jiceng.crypto.hash-key) must be at least 32 bytes");
        }
        for (byte[] bytes : keys.values()) {
            if (MessageDigest.isEqual(bytes, hashKey)) {
                throw new IllegalArgumentException("the hash key must differ from every encryption key");
            }
        }
        this.keys = Collections.unmodifiableMap(k);
        this.currentKeyId = currentKeyId;
        this.hashKey = new SecretKeySpec(hashKey.clone(), "HmacSHA256");
    }

    /**
     * From the configuration's text form: keys as {@code id:base64,id:base64}, the current key's id
     * and the hash key in base64.
     */
    public static PersonalDataCipher fromSpec(String keysSpec, String currentKeyId, String hashKeyBase64) {
        return new PersonalDataCipher(parseKeys(keysSpec), currentKeyId == null ? null : currentKeyId.trim(),
                decode("jiceng.crypto.hash-key", hashKeyBase64));
    }

    /** {@code id:base64,id:base64} to the keys in that order. */
    public static Map<String, byte[]> parseKeys(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        if (spec == null) {
            return keys;
        }
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("jiceng.crypto.keys: expected id:base64key, got an entry without an id");
            }
            String id = p.substring(0, colon).trim();
            if (keys.put(id, decode("key '" + id + "'", p.substring(colon + 1))) != null) {
                throw new IllegalArgumentException("jiceng.crypto.keys: key id '" + id + "' appears twice");
            }
        }
        return keys;
    }

    private static byte[] decode(String what, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(what + " is not set");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // never echo the value: it is key material
            throw new IllegalArgumentException(what + " is not valid base64");
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public java.util.Set<String> keyIds() {
        return keys.keySet();
    }

    /** Encrypts under the current key; null stays null. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts a stored value with the key it names; null stays null. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("a personal-data column holds a value that is not encrypted");
        }
        int colon = stored.indexOf(':');
        String keyId = stored.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("a value is encrypted under key '" + keyId + "', which is not configured "
                    + "(jiceng.crypto.keys has " + keys.keySet() + ")");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a value encrypted under key '" + keyId + "' cannot be decrypted (wrong key or "
                    + "altered value)", e);
        }
    }

    /** True if the text has the stored form {@code keyId:base64}; a plaintext ID number or phone never has. */
    public static boolean isEncrypted(String value) {
        return value != null && STORED.matcher(value).matches();
    }

    /** The id of the key a stored value is encrypted under, or null for null. */
    public static String keyIdOf(String stored) {
        return stored == null ? null : stored.substring(0, Math.max(stored.indexOf(':'), 0));
    }

    /** HMAC-SHA256 of the (already normalised) value as 64 hex characters; null stays null. */
    public String hash(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    /** True if any configured key (or the hash key) has exactly these bytes. */
    public boolean uses(byte[] keyBytes) {
        return keys.values().stream().anyMatch(k -> MessageDigest.isEqual(k.getEncoded(), keyBytes))
                || MessageDigest.isEqual(hashKey.getEncoded(), keyBytes);
    }
}
